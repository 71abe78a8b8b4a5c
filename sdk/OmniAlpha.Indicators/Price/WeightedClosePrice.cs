namespace OmniAlpha.Indicators;

/// <summary>
/// WCLPRICE = (high + low + 2 x close) / 4, as TA-Lib's <c>WCLPRICE</c> (same order of operations, so the same values). Ready from the first bar (lookback 0);
/// a NaN input gives NaN for that bar only.
/// </summary>
public sealed class WeightedClosePrice : IBarIndicator
{
    /// <summary>Creates the price transform.</summary>
    public WeightedClosePrice() => Value = double.NaN;

    /// <inheritdoc />
    public int Lookback => 0;

    /// <inheritdoc />
    public bool IsReady => Samples > 0;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>The transform of one bar.</summary>
    public static double Of(double high, double low, double close) => (high + low + (close * 2.0)) / 4.0;

    /// <summary>Feeds the next bar and returns its value.</summary>
    public double Update(double high, double low, double close)
    {
        Samples++;
        Value = Of(high, low, close);
        return Value;
    }

    /// <inheritdoc />
    public double Update(double open, double high, double low, double close, double volume) => Update(high, low, close);

    /// <inheritdoc />
    public void Reset()
    {
        Samples = 0;
        Value = double.NaN;
    }
}
