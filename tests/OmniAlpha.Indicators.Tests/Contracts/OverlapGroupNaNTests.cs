using OmniAlpha.Indicators.Catalog;

namespace OmniAlpha.Indicators.Tests.Contracts;

/// <summary>
/// What a NaN input does, per function (with TA-Lib's default parameters): running sums and recursive smoothers carry it
/// to every later value (until Reset), window extremes report NaN while it is in the window, per-bar transforms only for
/// that bar. A NaN never throws and never turns into a number silently.
/// </summary>
public sealed class OverlapGroupNaNTests
{
    private const int NaNBar = 150;

    /// <summary>Function and the number of values a NaN bar turns into NaN (0 = every later value).</summary>
    public static TheoryData<string, int> Spans => new()
    {
        { "SMA", 0 }, { "EMA", 0 }, { "WMA", 0 }, { "DEMA", 0 }, { "TEMA", 0 }, { "TRIMA", 0 }, { "KAMA", 0 }, { "T3", 0 },
        { "MA", 0 }, { "BBANDS", 0 }, { "SAR", 0 }, { "SAREXT", 0 }, { "VWAP", 0 }, { "KELTNER", 0 },
        { "ATR", 0 }, { "NATR", 0 }, { "STDDEV", 0 }, { "VAR", 0 },
        { "LINEARREG", 0 }, { "LINEARREG_SLOPE", 0 }, { "LINEARREG_INTERCEPT", 0 }, { "LINEARREG_ANGLE", 0 }, { "TSF", 0 },
        { "CORREL", 0 }, { "BETA", 0 },
        { "MIDPOINT", 14 }, { "MIDPRICE", 14 }, { "DONCHIAN", 20 }, { "ICHIMOKU", 9 },
        { "TRANGE", 2 }, { "AVGPRICE", 1 }, { "MEDPRICE", 1 }, { "TYPPRICE", 1 }, { "WCLPRICE", 1 },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void A_NaN_bar_turns_exactly_the_documented_values_into_NaN(string name, int span)
    {
        var definition = IndicatorCatalog.Find(name)!;
        var bars = OhlcvWalk.Create(77, 400);
        double[][] inputs = definition.Inputs.Select(kind => kind switch
        {
            IndicatorInput.Open => bars.Open,
            IndicatorInput.High or IndicatorInput.Real when definition.Inputs.Contains(IndicatorInput.Real1) => bars.High,
            IndicatorInput.Low or IndicatorInput.Real1 => bars.Low,
            IndicatorInput.Volume => bars.Volume,
            _ => bars.Close,
        }).Select(column => (double[])column.Clone()).ToArray();
        foreach (double[] column in inputs) column[NaNBar] = double.NaN;
        var outputs = definition.Outputs.Select(_ => new double[bars.Count]).ToArray();

        definition.Batch(definition.Arguments(), inputs, outputs);

        double[] value = outputs[0];
        int end = span == 0 ? bars.Count : NaNBar + span;
        for (int i = 100; i < bars.Count; i++) // every default lookback is below 100
        {
            bool expectNaN = i >= NaNBar && i < end;
            Assert.True(expectNaN == double.IsNaN(value[i]), $"{name} bar {i}: {(expectNaN ? "expected NaN" : "expected a number")}, got {value[i]:R}");
        }
    }
}
