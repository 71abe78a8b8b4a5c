namespace OmniAlpha.Indicators.Catalog;

public static partial class IndicatorCatalog
{
    private const string Volume = "Volume Indicators";

    static partial void AddVolume(List<IndicatorDefinition> all)
    {
        IndicatorInput[] bars = [IndicatorInput.High, IndicatorInput.Low, IndicatorInput.Close, IndicatorInput.Volume];
        all.Add(new("OBV", Volume, "On balance volume", [IndicatorInput.Real, IndicatorInput.Volume], [], ["obv"],
            (a, i, o) => Ta.Obv(i[0], i[1], o[0]),
            a => new OnBalanceVolume()));
        all.Add(new("AD", Volume, "Chaikin A/D line", bars, [], ["ad"],
            (a, i, o) => Ta.Ad(i[0], i[1], i[2], i[3], o[0]),
            a => new AccumulationDistribution()));
        all.Add(new("ADOSC", Volume, "Chaikin A/D oscillator", bars,
            [IndicatorParameter.Period("fastperiod", 3), IndicatorParameter.Period("slowperiod", 10)], ["adosc"],
            (a, i, o) => Ta.AdOsc(i[0], i[1], i[2], i[3], a.GetInt32("fastperiod"), a.GetInt32("slowperiod"), o[0]),
            a => new ChaikinOscillator(a.GetInt32("fastperiod"), a.GetInt32("slowperiod"))));
    }
}
