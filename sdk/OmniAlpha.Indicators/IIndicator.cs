namespace OmniAlpha.Indicators;

/// <summary>
/// A streaming indicator: updated one input at a time in O(1) without allocating. How it is fed depends on its
/// input: <see cref="ISeriesIndicator"/> (one value, e.g. a close), <see cref="IBarIndicator"/> (a bar's OHLCV) or
/// <see cref="IPairIndicator"/> (two aligned values). Multi-output indicators also implement <see cref="IMultiOutputIndicator"/>.
/// </summary>
public interface IIndicator
{
    /// <summary>True once enough inputs were seen for <see cref="Value"/> to be defined (TA-Lib lookback passed).</summary>
    bool IsReady { get; }

    /// <summary>Latest value of the main output; <see cref="double.NaN"/> while not ready.</summary>
    double Value { get; }

    /// <summary>Number of inputs seen.</summary>
    int Samples { get; }

    /// <summary>TA-Lib's lookback: inputs consumed before the first value, so the first value comes with input <c>Lookback + 1</c>.</summary>
    int Lookback { get; }

    /// <summary>Forgets all inputs.</summary>
    void Reset();
}
