using OmniAlpha.Indicators.Catalog;
using OmniAlpha.Indicators.Tests.Reference;

namespace OmniAlpha.Indicators.Tests;

/// <summary>
/// The streaming/batch contract for every Hilbert transform function (MAMA, HT_*) and every candlestick pattern
/// (CDL*): batch equals streaming bit for bit, Reset forgets everything, readiness comes exactly after TA-Lib's
/// lookback, empty input is fine, and a streaming update allocates nothing.
/// </summary>
public sealed class CycleAndPatternContractTests
{
    /// <summary>Every function this contract covers, by TA-Lib name.</summary>
    public static string[] FunctionNames() =>
        [.. IndicatorCatalog.All.Where(d => d.Group is "Pattern Recognition" or "Cycle Indicators" || d.Name is "MAMA" or "HT_TRENDLINE").Select(d => d.Name)];

    /// <summary><see cref="FunctionNames"/> as theory data.</summary>
    public static TheoryData<string> Functions() => [.. FunctionNames()];

    [Fact]
    public void Covers_the_seven_Hilbert_functions_and_all_61_TA_Lib_candlestick_patterns()
    {
        string[] names = FunctionNames();

        Assert.Equal(7 + 61, names.Length);
        Assert.Equal(61, names.Count(n => n.StartsWith("CDL", StringComparison.Ordinal)));
        Assert.All(names.Where(n => n.StartsWith("CDL", StringComparison.Ordinal)),
            n => Assert.Equal("Pattern Recognition", IndicatorCatalog.Find(n)!.Group));
        Assert.Equal("Overlap Studies", IndicatorCatalog.Find("MAMA")!.Group);
        Assert.Equal("Overlap Studies", IndicatorCatalog.Find("HT_TRENDLINE")!.Group);
        Assert.Equal("Cycle Indicators", IndicatorCatalog.Find("HT_SINE")!.Group);
    }

    [SkippableTheory]
    [MemberData(nameof(Functions))]
    public void Batch_equals_streaming_bit_for_bit_on_twenty_years_of_real_daily_bars(string function)
    {
        var bars = OracleDailyBars.Instance;
        var definition = IndicatorCatalog.Find(function)!;
        var arguments = definition.Arguments();
        double[][] inputs = Inputs(definition, bars.Open, bars.High, bars.Low, bars.Close, bars.Volume);

        double[][] batch = Batch(definition, arguments, inputs);
        double[][] streaming = GoldenConformance.Stream(definition, arguments, inputs);

        for (int o = 0; o < batch.Length; o++) Assert.Equal(streaming[o], batch[o]);
        Assert.Contains(batch[0], v => !double.IsNaN(v));
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void After_Reset_gives_exactly_what_a_fresh_indicator_gives(string function)
    {
        var definition = IndicatorCatalog.Find(function)!;
        var arguments = definition.Arguments();
        double[][] inputs = GoldenInputs(definition);
        var used = definition.Create(arguments);
        Feed(used, definition, inputs, count: 700);

        used.Reset();

        Assert.Equal(0, used.Samples);
        Assert.False(used.IsReady);
        Assert.True(double.IsNaN(used.Value));
        double[] replay = Feed(used, definition, inputs, count: inputs[0].Length);
        double[] fresh = Feed(definition.Create(arguments), definition, inputs, count: inputs[0].Length);
        Assert.Equal(fresh, replay);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Reports_NaN_until_exactly_Lookback_inputs_were_seen(string function)
    {
        var definition = IndicatorCatalog.Find(function)!;
        var indicator = definition.Create(definition.Arguments());
        double[][] inputs = GoldenInputs(definition);

        double[] values = Feed(indicator, definition, inputs, count: 200);

        int firstValue = Array.FindIndex(values, v => !double.IsNaN(v));
        Assert.Equal(indicator.Lookback, firstValue);
        Assert.All(values.Skip(firstValue), v => Assert.False(double.IsNaN(v)));
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Empty_input_gives_empty_output_and_a_fresh_indicator_is_not_ready(string function)
    {
        var definition = IndicatorCatalog.Find(function)!;
        var arguments = definition.Arguments();
        double[][] empty = definition.Inputs.Select(_ => Array.Empty<double>()).ToArray();

        double[][] outputs = Batch(definition, arguments, empty);

        Assert.All(outputs, o => Assert.Empty(o));
        var indicator = definition.Create(arguments);
        Assert.False(indicator.IsReady);
        Assert.Equal(0, indicator.Samples);
        Assert.True(double.IsNaN(indicator.Value));
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void A_streaming_update_allocates_nothing(string function)
    {
        var definition = IndicatorCatalog.Find(function)!;
        var indicator = definition.Create(definition.Arguments());
        double[][] inputs = GoldenInputs(definition);
        Feed(indicator, definition, inputs, count: 300); // past the lookback, every code path JIT-compiled

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 300; i < inputs[0].Length; i++) Update(indicator, definition, inputs, i);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void A_NaN_price_makes_every_later_output_NaN_rather_than_a_silent_number(string function)
    {
        var definition = IndicatorCatalog.Find(function)!;
        var indicator = definition.Create(definition.Arguments());
        double[][] inputs = GoldenInputs(definition).Select(column => (double[])column.Clone()).ToArray();
        foreach (double[] column in inputs) column[300] = double.NaN;

        double[] values = Feed(indicator, definition, inputs, count: inputs[0].Length);

        // Patterns report NaN from the bad bar itself; the Hilbert transform's delay lines take a few bars to fill with it.
        Assert.All(values.Skip(310), v => Assert.True(double.IsNaN(v), $"{function} reported {v} after a NaN price"));
        if (indicator is IMultiOutputIndicator multi)
            for (int o = 0; o < multi.OutputNames.Count; o++) Assert.True(double.IsNaN(multi.GetOutput(o)));
        if (function.StartsWith("CDL", StringComparison.Ordinal)) Assert.True(double.IsNaN(values[300]));
    }

    private static double[][] GoldenInputs(IndicatorDefinition definition) =>
        Inputs(definition, TaLibGolden.Open, TaLibGolden.High, TaLibGolden.Low, TaLibGolden.Close, TaLibGolden.Volume);

    private static double[][] Inputs(IndicatorDefinition definition, double[] open, double[] high, double[] low, double[] close, double[] volume) =>
        definition.Inputs.Select(input => input switch
        {
            IndicatorInput.Open => open,
            IndicatorInput.High => high,
            IndicatorInput.Low => low,
            IndicatorInput.Volume => volume,
            _ => close,
        }).ToArray();

    private static double[][] Batch(IndicatorDefinition definition, IndicatorArguments arguments, double[][] inputs)
    {
        var outputs = definition.Outputs.Select(_ => new double[inputs[0].Length]).ToArray();
        definition.Batch(arguments, inputs, outputs);
        return outputs;
    }

    private static double[] Feed(IIndicator indicator, IndicatorDefinition definition, double[][] inputs, int count)
    {
        var values = new double[count];
        for (int i = 0; i < count; i++) values[i] = Update(indicator, definition, inputs, i);
        return values;
    }

    private static double Update(IIndicator indicator, IndicatorDefinition definition, double[][] inputs, int i)
    {
        if (indicator is ISeriesIndicator series) return series.Update(inputs[0][i]);
        // Candlestick patterns take open, high, low, close in the catalog's input order.
        return ((IBarIndicator)indicator).Update(inputs[0][i], inputs[1][i], inputs[2][i], inputs[3][i], 0);
    }
}
