namespace OmniAlpha.Indicators;

/// <summary>
/// MEDPRICE = (high + low) / 2, as TA-Lib's <c>MEDPRICE</c> (same order of operations, so the same values). Ready from the first bar (lookback 0);
/// a NaN input gives NaN for that bar only.
/// </summary>
public sealed class MedianPrice : IBarIndicator
{
    /// <summary>Creates the price transform.</summary>
    public MedianPrice() => Value = double.NaN;

    /// <inheritdoc />
    public int Lookback => 0;

    /// <inheritdoc />
    public bool IsReady => Samples > 0;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>The transform of one bar.</summary>
    public static double Of(double high, double low) => (high + low) / 2.0;

    /// <summary>Feeds the next bar and returns its value.</summary>
    public double Update(double high, double low)
    {
        Samples++;
        Value = Of(high, low);
        return Value;
    }

    /// <inheritdoc />
    public double Update(double open, double high, double low, double close, double volume) => Update(high, low);

    /// <inheritdoc />
    public void Reset()
    {
        Samples = 0;
        Value = double.NaN;
    }
}
