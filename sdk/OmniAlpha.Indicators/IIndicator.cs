namespace OmniAlpha.Indicators;

/// <summary>A streaming indicator updated one value at a time in O(1) without allocating.</summary>
public interface IIndicator
{
    /// <summary>True once enough inputs were seen for <see cref="Value"/> to be defined (TA-Lib lookback reached).</summary>
    bool IsReady { get; }

    /// <summary>Latest value; <see cref="double.NaN"/> while not ready.</summary>
    double Value { get; }

    /// <summary>Number of inputs seen.</summary>
    int Samples { get; }

    /// <summary>Feeds the next input and returns the new value (NaN while not ready).</summary>
    double Update(double input);

    /// <summary>Forgets all inputs.</summary>
    void Reset();
}
