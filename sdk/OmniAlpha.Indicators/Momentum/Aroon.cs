namespace OmniAlpha.Indicators;

/// <summary>
/// Aroon(n) as TA-Lib's <c>AROON</c>: over the last n + 1 bars, aroonup = 100 × (n − bars since the highest high) / n
/// and aroondown = 100 × (n − bars since the lowest low) / n, both in [0, 100]. On ties the most recent extreme
/// counts (TA-Lib's rule). Lookback n. Amortised O(1) per bar (monotonic windows). A NaN high or low is skipped when
/// looking for the extremes.
/// </summary>
public sealed class Aroon : IBarIndicator, IMultiOutputIndicator
{
    private static readonly string[] Names = ["aroondown", "aroonup"];
    private readonly RollingExtremeWindow _highs;
    private readonly RollingExtremeWindow _lows;
    private readonly double _factor;

    /// <summary>Creates an Aroon of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    public Aroon(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        Period = period;
        _highs = new RollingExtremeWindow(period + 1, highest: true);
        _lows = new RollingExtremeWindow(period + 1, highest: false);
        _factor = 100.0 / period;
        Down = Up = double.NaN;
    }

    /// <summary>Period n.</summary>
    public int Period { get; }

    /// <summary>Latest Aroon down (TA-Lib <c>aroondown</c>); NaN while not ready.</summary>
    public double Down { get; private set; }

    /// <summary>Latest Aroon up (TA-Lib <c>aroonup</c>); NaN while not ready.</summary>
    public double Up { get; private set; }

    /// <inheritdoc />
    public double Value => Down;

    /// <inheritdoc />
    public int Lookback => Period;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<string> OutputNames => Names;

    /// <inheritdoc />
    public double GetOutput(int index) => index switch
    {
        0 => Down,
        1 => Up,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "AROON has outputs 0 (aroondown) and 1 (aroonup)."),
    };

    /// <summary>Feeds the next bar and returns Aroon down (NaN while not ready); <see cref="Up"/> is updated too.</summary>
    public double Update(double high, double low)
    {
        Samples++;
        _highs.Add(high);
        _lows.Add(low);
        if (Samples <= Period) return double.NaN;
        Up = _factor * (Period - _highs.Age);
        Down = _factor * (Period - _lows.Age);
        return Down;
    }

    /// <inheritdoc />
    double IBarIndicator.Update(double open, double high, double low, double close, double volume) => Update(high, low);

    /// <inheritdoc />
    public void Reset()
    {
        _highs.Reset();
        _lows.Reset();
        Samples = 0;
        Down = Up = double.NaN;
    }
}
