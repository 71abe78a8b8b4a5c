namespace OmniAlpha.Indicators;

/// <summary>
/// MIDPOINT(n) = (highest + lowest) / 2 of the last n inputs, as TA-Lib's <c>MIDPOINT</c>. TA-Lib rescans the window for
/// every value; this keeps monotonic deques instead (amortised O(1)), which gives the same numbers since a maximum is
/// exact. A NaN input gives NaN while it is among the last n inputs (TA-Lib would skip it unless it is the oldest).
/// </summary>
public sealed class MidpointOverPeriod : ISeriesIndicator
{
    private readonly SlidingExtreme _highest;
    private readonly SlidingExtreme _lowest;

    /// <summary>Creates the midpoint over <paramref name="period"/> inputs.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2 (TA-Lib's range is 2..100000).</exception>
    public MidpointOverPeriod(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        Period = period;
        _highest = new SlidingExtreme(period, highest: true);
        _lowest = new SlidingExtreme(period, highest: false);
        Value = double.NaN;
    }

    /// <summary>Number of inputs in the window.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int Lookback => Period - 1;

    /// <inheritdoc />
    public bool IsReady => Samples >= Period;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public double Update(double input)
    {
        Samples++;
        double highest = _highest.Add(input);
        double lowest = _lowest.Add(input);
        if (Samples < Period) return double.NaN;
        Value = (highest + lowest) / 2.0;
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _highest.Reset();
        _lowest.Reset();
        Samples = 0;
        Value = double.NaN;
    }
}
