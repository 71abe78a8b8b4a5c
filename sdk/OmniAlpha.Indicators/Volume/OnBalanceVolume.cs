namespace OmniAlpha.Indicators;

/// <summary>
/// On-balance volume as TA-Lib's <c>OBV</c>: starts at the first bar's volume (TA-Lib's convention, not 0), then adds
/// the bar's volume when the price rose, subtracts it when it fell, and keeps it when unchanged. The price is any series
/// (TA-Lib's <c>inReal</c>, normally the close): feed it with <see cref="Update(double, double)"/>, or whole bars through
/// <see cref="IBarIndicator"/> (which uses the close). No lookback; a NaN volume makes every later value NaN until
/// <see cref="Reset"/>, a NaN price leaves the value unchanged for that bar and the next.
/// </summary>
public sealed class OnBalanceVolume : IPairIndicator, IBarIndicator
{
    private double _previousPrice;

    /// <summary>Creates the indicator (it has no parameters).</summary>
    public OnBalanceVolume() => Value = double.NaN;

    /// <inheritdoc />
    public int Lookback => 0;

    /// <inheritdoc />
    public bool IsReady => Samples > 0;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Feeds the next price and volume and returns the OBV.</summary>
    public double Update(double price, double volume)
    {
        if (Samples++ == 0) Value = volume;
        else if (price > _previousPrice) Value += volume;
        else if (price < _previousPrice) Value -= volume;
        _previousPrice = price;
        return Value;
    }

    /// <inheritdoc />
    double IBarIndicator.Update(double open, double high, double low, double close, double volume) => Update(close, volume);

    /// <inheritdoc />
    public void Reset()
    {
        _previousPrice = 0;
        Samples = 0;
        Value = double.NaN;
    }
}
