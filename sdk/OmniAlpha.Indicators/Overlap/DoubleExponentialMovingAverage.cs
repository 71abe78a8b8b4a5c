namespace OmniAlpha.Indicators;

/// <summary>
/// DEMA(n) = 2 x EMA(n) - EMA(EMA(n)) (Mulloy), as TA-Lib's <c>DEMA</c>: both EMAs use alpha = 2/(n+1) and are seeded
/// with the SMA of their first n inputs, so the first value comes with input 2(n-1)+1 (lookback 2(n-1)).
/// A NaN input makes every later value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class DoubleExponentialMovingAverage : ISeriesIndicator
{
    private readonly ExponentialMovingAverage _first;
    private readonly ExponentialMovingAverage _second;

    /// <summary>Creates a DEMA of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2 (TA-Lib's range is 2..100000).</exception>
    public DoubleExponentialMovingAverage(int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        Period = period;
        _first = new ExponentialMovingAverage(period);
        _second = new ExponentialMovingAverage(period);
        Value = double.NaN;
    }

    /// <summary>Period n of both EMAs.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int Lookback => 2 * (Period - 1);

    /// <inheritdoc />
    public bool IsReady => _second.IsReady;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public double Update(double input)
    {
        Samples++;
        double ema = _first.Update(input);
        if (!_first.IsReady) return double.NaN;
        double emaOfEma = _second.Update(ema);
        if (!_second.IsReady) return double.NaN;
        Value = (2.0 * ema) - emaOfEma;
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _first.Reset();
        _second.Reset();
        Samples = 0;
        Value = double.NaN;
    }
}
