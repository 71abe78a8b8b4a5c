namespace OmniAlpha.Indicators.Catalog;

public static partial class IndicatorCatalog
{
    private const string Overlap = "Overlap Studies";

    static partial void AddOverlap(List<IndicatorDefinition> all)
    {
        all.Add(new("SMA", Overlap, "Simple moving average", [IndicatorInput.Real], [IndicatorParameter.Period("timeperiod", 30)], ["sma"],
            (a, i, o) => Ta.Sma(i[0], a.GetInt32("timeperiod"), o[0]),
            a => new SimpleMovingAverage(a.GetInt32("timeperiod"))));
        all.Add(new("EMA", Overlap, "Exponential moving average", [IndicatorInput.Real], [IndicatorParameter.Period("timeperiod", 30)], ["ema"],
            (a, i, o) => Ta.Ema(i[0], a.GetInt32("timeperiod"), o[0]),
            a => new ExponentialMovingAverage(a.GetInt32("timeperiod"))));
    }
}
