namespace OmniAlpha.Indicators;

/// <summary>
/// ADXR(n) as TA-Lib's <c>ADXR</c>: (ADX today + ADX n − 1 bars ago) / 2 of <see cref="AverageDirectionalIndex"/>(n),
/// in [0, 100]. Lookback 3n − 2. O(1) per bar. A NaN input makes every later value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class AverageDirectionalIndexRating : IBarIndicator
{
    private readonly AverageDirectionalIndex _adx;
    private readonly DelayLine _pastAdx;

    /// <summary>Creates an ADXR of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    public AverageDirectionalIndexRating(int period = 14)
    {
        _adx = new AverageDirectionalIndex(period);
        _pastAdx = new DelayLine(period - 1);
        Value = double.NaN;
    }

    /// <summary>Period n.</summary>
    public int Period => _adx.Period;

    /// <inheritdoc />
    public int Lookback => _adx.Lookback + Period - 1;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Feeds the next bar and returns the ADXR (NaN while not ready).</summary>
    public double Update(double high, double low, double close)
    {
        Samples++;
        double adx = _adx.Update(high, low, close);
        if (!_adx.IsReady || !_pastAdx.TryPush(adx, out double past)) return double.NaN;
        Value = (adx + past) / 2.0;
        return Value;
    }

    /// <inheritdoc />
    double IBarIndicator.Update(double open, double high, double low, double close, double volume) => Update(high, low, close);

    /// <inheritdoc />
    public void Reset()
    {
        _adx.Reset();
        _pastAdx.Reset();
        Samples = 0;
        Value = double.NaN;
    }
}
