namespace OmniAlpha.Indicators;

/// <summary>
/// MIDPRICE(n) = (highest high + lowest low) / 2 over the last n bars, as TA-Lib's <c>MIDPRICE</c>. TA-Lib rescans the
/// window for every value; this keeps monotonic deques instead (amortised O(1)) with the same numbers. A NaN high or low
/// gives NaN while that bar is among the last n. Uses a bar's high and low only.
/// </summary>
public sealed class MidpriceOverPeriod : IBarIndicator
{
    private readonly SlidingExtreme _highest;
    private readonly SlidingExtreme _lowest;

    /// <summary>Creates the midprice over <paramref name="period"/> bars.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2 (TA-Lib's range is 2..100000).</exception>
    public MidpriceOverPeriod(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        Period = period;
        _highest = new SlidingExtreme(period, highest: true);
        _lowest = new SlidingExtreme(period, highest: false);
        Value = double.NaN;
    }

    /// <summary>Number of bars in the window.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int Lookback => Period - 1;

    /// <inheritdoc />
    public bool IsReady => Samples >= Period;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Feeds the next bar's high and low and returns the new value (NaN while not ready).</summary>
    public double Update(double high, double low)
    {
        Samples++;
        double highest = _highest.Add(high);
        double lowest = _lowest.Add(low);
        if (Samples < Period) return double.NaN;
        Value = (highest + lowest) / 2.0;
        return Value;
    }

    /// <inheritdoc />
    public double Update(double open, double high, double low, double close, double volume) => Update(high, low);

    /// <inheritdoc />
    public void Reset()
    {
        _highest.Reset();
        _lowest.Reset();
        Samples = 0;
        Value = double.NaN;
    }
}
