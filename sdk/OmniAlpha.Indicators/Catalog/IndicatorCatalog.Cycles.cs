
namespace OmniAlpha.Indicators.Catalog;

public static partial class IndicatorCatalog
{
    private const string Cycles = "Cycle Indicators";

    static partial void AddCycles(List<IndicatorDefinition> all)
    {
        // TA-Lib files MAMA and HT_TRENDLINE under "Overlap Studies"; they share the Hilbert transform core, so they are registered here.
        all.Add(new("MAMA", Overlap, "MESA adaptive moving average", [IndicatorInput.Real],
            [
                IndicatorParameter.Real("fastlimit", 0.5, 0.01, 0.99, "upper limit of the adaptive smoothing factor"),
                IndicatorParameter.Real("slowlimit", 0.05, 0.01, 0.99, "lower limit of the adaptive smoothing factor"),
            ],
            ["mama", "fama"],
            (a, i, o) => Ta.Mama(i[0], a.GetDouble("fastlimit"), a.GetDouble("slowlimit"), o[0], o[1]),
            a => new MesaAdaptiveMovingAverage(a.GetDouble("fastlimit"), a.GetDouble("slowlimit"))));
        all.Add(new("HT_TRENDLINE", Overlap, "Hilbert transform - instantaneous trendline", [IndicatorInput.Real], [], ["ht_trendline"],
            (a, i, o) => Ta.HtTrendline(i[0], o[0]),
            a => new HilbertTrendline()));
        all.Add(new("HT_DCPERIOD", Cycles, "Hilbert transform - dominant cycle period", [IndicatorInput.Real], [], ["ht_dcperiod"],
            (a, i, o) => Ta.HtDcPeriod(i[0], o[0]),
            a => new HilbertDominantCyclePeriod()));
        all.Add(new("HT_DCPHASE", Cycles, "Hilbert transform - dominant cycle phase", [IndicatorInput.Real], [], ["ht_dcphase"],
            (a, i, o) => Ta.HtDcPhase(i[0], o[0]),
            a => new HilbertDominantCyclePhase()));
        all.Add(new("HT_PHASOR", Cycles, "Hilbert transform - phasor components", [IndicatorInput.Real], [], ["inphase", "quadrature"],
            (a, i, o) => Ta.HtPhasor(i[0], o[0], o[1]),
            a => new HilbertPhasor()));
        all.Add(new("HT_SINE", Cycles, "Hilbert transform - sine wave", [IndicatorInput.Real], [], ["sine", "leadsine"],
            (a, i, o) => Ta.HtSine(i[0], o[0], o[1]),
            a => new HilbertSineWave()));
        all.Add(new("HT_TRENDMODE", Cycles, "Hilbert transform - trend vs cycle mode", [IndicatorInput.Real], [], ["ht_trendmode"],
            (a, i, o) => Ta.HtTrendMode(i[0], o[0]),
            a => new HilbertTrendMode()));
    }
}
