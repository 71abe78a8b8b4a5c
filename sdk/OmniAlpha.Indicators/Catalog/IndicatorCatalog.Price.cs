namespace OmniAlpha.Indicators.Catalog;

public static partial class IndicatorCatalog
{
    private const string PriceTransform = "Price Transform";

    static partial void AddPriceTransforms(List<IndicatorDefinition> all)
    {
        all.Add(new("AVGPRICE", PriceTransform, "Average price (open, high, low, close)",
            [IndicatorInput.Open, IndicatorInput.High, IndicatorInput.Low, IndicatorInput.Close], [], ["avgprice"],
            (a, i, o) => Ta.AvgPrice(i[0], i[1], i[2], i[3], o[0]),
            a => new AveragePrice()));
        all.Add(new("MEDPRICE", PriceTransform, "Median price (high, low)", [IndicatorInput.High, IndicatorInput.Low], [], ["medprice"],
            (a, i, o) => Ta.MedPrice(i[0], i[1], o[0]),
            a => new MedianPrice()));
        all.Add(new("TYPPRICE", PriceTransform, "Typical price (high, low, close)", [IndicatorInput.High, IndicatorInput.Low, IndicatorInput.Close], [], ["typprice"],
            (a, i, o) => Ta.TypPrice(i[0], i[1], i[2], o[0]),
            a => new TypicalPrice()));
        all.Add(new("WCLPRICE", PriceTransform, "Weighted close price (high, low, twice the close)", [IndicatorInput.High, IndicatorInput.Low, IndicatorInput.Close], [], ["wclprice"],
            (a, i, o) => Ta.WclPrice(i[0], i[1], i[2], o[0]),
            a => new WeightedClosePrice()));
    }
}
