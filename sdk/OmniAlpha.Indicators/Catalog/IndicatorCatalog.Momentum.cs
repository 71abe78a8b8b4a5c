namespace OmniAlpha.Indicators.Catalog;

public static partial class IndicatorCatalog
{
    private const string Momentum = "Momentum Indicators";

    static partial void AddMomentum(List<IndicatorDefinition> all)
    {
        all.Add(new("RSI", Momentum, "Relative strength index (Wilder)", [IndicatorInput.Real], [IndicatorParameter.Period("timeperiod", 14)], ["rsi"],
            (a, i, o) => Ta.Rsi(i[0], a.GetInt32("timeperiod"), o[0]),
            a => new RelativeStrengthIndex(a.GetInt32("timeperiod"))));
    }
}
