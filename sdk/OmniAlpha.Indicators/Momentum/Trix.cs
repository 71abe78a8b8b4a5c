namespace OmniAlpha.Indicators;

/// <summary>
/// TRIX(n) as TA-Lib's <c>TRIX</c>: the 1-period rate of change, 100 × (e[t] / e[t−1] − 1), of a triple exponential
/// smoothing e = EMA(EMA(EMA(x))) where each EMA has period n and is seeded with a simple mean (0 when e[t−1] is 0).
/// Lookback 3 × (n − 1) + 1. O(1) per update. A NaN input makes every later value NaN until <see cref="Reset"/>.
/// Deliberate difference: with period 1 (each EMA is the input itself) this is ROC(1) of the input, from the second
/// input on; TA-Lib 1.1.6 reports uninitialised values from the first input for that case.
/// </summary>
public sealed class Trix : ISeriesIndicator
{
    private SeededExponentialAverage _first;
    private SeededExponentialAverage _second;
    private SeededExponentialAverage _third;
    private double _previous;
    private bool _hasPrevious;

    /// <summary>Creates a TRIX of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public Trix(int period = 30)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        Period = period;
        _first = SeededExponentialAverage.OfPeriod(period);
        _second = SeededExponentialAverage.OfPeriod(period);
        _third = SeededExponentialAverage.OfPeriod(period);
        Value = double.NaN;
    }

    /// <summary>Period n of each EMA.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int Lookback => 3 * (Period - 1) + 1;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public double Update(double input)
    {
        Samples++;
        double first = _first.Update(input);
        if (!_first.IsReady) return double.NaN;
        double second = _second.Update(first);
        if (!_second.IsReady) return double.NaN;
        double third = _third.Update(second);
        if (!_third.IsReady) return double.NaN;
        double previous = _previous;
        bool hadPrevious = _hasPrevious;
        _previous = third;
        _hasPrevious = true;
        if (!hadPrevious) return double.NaN;
        Value = previous != 0.0 ? ((third / previous) - 1.0) * 100.0 : 0.0;
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _first.Reset();
        _second.Reset();
        _third.Reset();
        _previous = 0;
        _hasPrevious = false;
        Samples = 0;
        Value = double.NaN;
    }
}
