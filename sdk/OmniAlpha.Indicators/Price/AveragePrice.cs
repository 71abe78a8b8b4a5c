namespace OmniAlpha.Indicators;

/// <summary>
/// AVGPRICE = (high + low + close + open) / 4, as TA-Lib's <c>AVGPRICE</c> (same order of operations, so the same values). Ready from the first bar (lookback 0);
/// a NaN input gives NaN for that bar only.
/// </summary>
public sealed class AveragePrice : IBarIndicator
{
    /// <summary>Creates the price transform.</summary>
    public AveragePrice() => Value = double.NaN;

    /// <inheritdoc />
    public int Lookback => 0;

    /// <inheritdoc />
    public bool IsReady => Samples > 0;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>The transform of one bar.</summary>
    public static double Of(double open, double high, double low, double close) => (high + low + close + open) / 4;

    /// <summary>Feeds the next bar and returns its value.</summary>
    public double Update(double open, double high, double low, double close)
    {
        Samples++;
        Value = Of(open, high, low, close);
        return Value;
    }

    /// <inheritdoc />
    public double Update(double open, double high, double low, double close, double volume) => Update(open, high, low, close);

    /// <inheritdoc />
    public void Reset()
    {
        Samples = 0;
        Value = double.NaN;
    }
}
