namespace OmniAlpha.Indicators;

/// <summary>
/// TEMA(n) = 3 x EMA - 3 x EMA(EMA) + EMA(EMA(EMA)) (Mulloy), as TA-Lib's <c>TEMA</c>: each EMA uses alpha = 2/(n+1) and
/// is seeded with the SMA of its first n inputs, so the first value comes with input 3(n-1)+1 (lookback 3(n-1)).
/// Evaluated in TA-Lib's order, e3 + (3 e1 - 3 e2). A NaN input makes every later value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class TripleExponentialMovingAverage : ISeriesIndicator
{
    private readonly ExponentialMovingAverage _first;
    private readonly ExponentialMovingAverage _second;
    private readonly ExponentialMovingAverage _third;

    /// <summary>Creates a TEMA of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2 (TA-Lib's range is 2..100000).</exception>
    public TripleExponentialMovingAverage(int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        Period = period;
        _first = new ExponentialMovingAverage(period);
        _second = new ExponentialMovingAverage(period);
        _third = new ExponentialMovingAverage(period);
        Value = double.NaN;
    }

    /// <summary>Period n of the three EMAs.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int Lookback => 3 * (Period - 1);

    /// <inheritdoc />
    public bool IsReady => _third.IsReady;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public double Update(double input)
    {
        Samples++;
        double e1 = _first.Update(input);
        if (!_first.IsReady) return double.NaN;
        double e2 = _second.Update(e1);
        if (!_second.IsReady) return double.NaN;
        double e3 = _third.Update(e2);
        if (!_third.IsReady) return double.NaN;
        Value = e3 + ((3.0 * e1) - (3.0 * e2));
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _first.Reset();
        _second.Reset();
        _third.Reset();
        Samples = 0;
        Value = double.NaN;
    }
}
