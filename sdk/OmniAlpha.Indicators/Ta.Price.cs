namespace OmniAlpha.Indicators;

public static partial class Ta
{
    /// <summary>AVGPRICE = (high + low + close + open) / 4 of each bar; equals <see cref="AveragePrice"/>.</summary>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void AvgPrice(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output)
    {
        int length = SameLength(high, low, close);
        RequireSameLength(length, open.Length, nameof(open));
        RequireOutput(length, output.Length);
        for (int i = 0; i < length; i++) output[i] = AveragePrice.Of(open[i], high[i], low[i], close[i]);
    }

    /// <summary>MEDPRICE = (high + low) / 2 of each bar; equals <see cref="MedianPrice"/>.</summary>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void MedPrice(ReadOnlySpan<double> high, ReadOnlySpan<double> low, Span<double> output)
    {
        int length = SameLength(high, low, nameof(low));
        RequireOutput(length, output.Length);
        for (int i = 0; i < length; i++) output[i] = MedianPrice.Of(high[i], low[i]);
    }

    /// <summary>TYPPRICE = (high + low + close) / 3 of each bar; equals <see cref="TypicalPrice"/>.</summary>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void TypPrice(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output)
    {
        int length = SameLength(high, low, close);
        RequireOutput(length, output.Length);
        for (int i = 0; i < length; i++) output[i] = TypicalPrice.Of(high[i], low[i], close[i]);
    }

    /// <summary>WCLPRICE = (high + low + 2 x close) / 4 of each bar; equals <see cref="WeightedClosePrice"/>.</summary>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void WclPrice(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output)
    {
        int length = SameLength(high, low, close);
        RequireOutput(length, output.Length);
        for (int i = 0; i < length; i++) output[i] = WeightedClosePrice.Of(high[i], low[i], close[i]);
    }
}
