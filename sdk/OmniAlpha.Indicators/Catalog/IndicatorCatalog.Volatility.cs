namespace OmniAlpha.Indicators.Catalog;

public static partial class IndicatorCatalog
{
    private const string Volatility = "Volatility Indicators";

    static partial void AddVolatility(List<IndicatorDefinition> all)
    {
        IndicatorInput[] hlc = [IndicatorInput.High, IndicatorInput.Low, IndicatorInput.Close];
        all.Add(new("TRANGE", Volatility, "True range", hlc, [], ["trange"],
            (a, i, o) => Ta.TRange(i[0], i[1], i[2], o[0]),
            a => new TrueRange()));
        all.Add(new("ATR", Volatility, "Average true range (Wilder)", hlc, [IndicatorParameter.Period("timeperiod", 14, minimum: 1)], ["atr"],
            (a, i, o) => Ta.Atr(i[0], i[1], i[2], a.GetInt32("timeperiod"), o[0]),
            a => new AverageTrueRange(a.GetInt32("timeperiod"))));
        all.Add(new("NATR", Volatility, "Normalized average true range (percent of close)", hlc, [IndicatorParameter.Period("timeperiod", 14, minimum: 1)], ["natr"],
            (a, i, o) => Ta.Natr(i[0], i[1], i[2], a.GetInt32("timeperiod"), o[0]),
            a => new NormalizedAverageTrueRange(a.GetInt32("timeperiod"))));
    }
}
