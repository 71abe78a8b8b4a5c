namespace OmniAlpha.Indicators;

/// <summary>
/// Williams' %R(n) as TA-Lib's <c>WILLR</c>: −100 × (highest high − close) / (highest high − lowest low) over the last
/// n bars, in [−100, 0] up to a rounding step (TA-Lib divides by range / −100); 0 when the range is 0. Lookback n − 1. Amortised O(1) per bar (monotonic windows).
/// A NaN input gives NaN while it is among the last n bars.
/// </summary>
public sealed class WilliamsPercentR : IBarIndicator
{
    private readonly RollingExtremeWindow _highs;
    private readonly RollingExtremeWindow _lows;

    /// <summary>Creates a %R of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    public WilliamsPercentR(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        _highs = new RollingExtremeWindow(period, highest: true);
        _lows = new RollingExtremeWindow(period, highest: false);
        Value = double.NaN;
    }

    /// <summary>Period n.</summary>
    public int Period => _highs.Length;

    /// <inheritdoc />
    public int Lookback => Period - 1;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Feeds the next bar and returns %R (NaN while not ready).</summary>
    public double Update(double high, double low, double close)
    {
        Samples++;
        _highs.Add(high);
        _lows.Add(low);
        if (Samples < Period) return double.NaN;
        double highest = _highs.Extreme;
        double range = (highest - _lows.Extreme) / -100.0;
        Value = range != 0.0 ? (highest - close) / range : 0.0;
        return Value;
    }

    /// <inheritdoc />
    double IBarIndicator.Update(double open, double high, double low, double close, double volume) => Update(high, low, close);

    /// <inheritdoc />
    public void Reset()
    {
        _highs.Reset();
        _lows.Reset();
        Samples = 0;
        Value = double.NaN;
    }
}
