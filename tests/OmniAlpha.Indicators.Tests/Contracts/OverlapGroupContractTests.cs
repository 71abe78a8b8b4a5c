using OmniAlpha.Indicators.Catalog;
using OmniAlpha.Indicators.Tests.Reference;

namespace OmniAlpha.Indicators.Tests.Contracts;

/// <summary>
/// Contracts every overlap, volatility, statistics and price-transform function keeps, checked through the catalog with
/// TA-Lib's defaults: batch equals streaming to the bit, the first value comes exactly after the lookback, empty input
/// gives empty output, Reset gives a fresh indicator, and streaming updates allocate nothing.
/// </summary>
public sealed class OverlapGroupContractTests
{
    public static TheoryData<string> Functions =>
    [
        "SMA", "EMA", "WMA", "DEMA", "TEMA", "TRIMA", "KAMA", "T3", "MA", "BBANDS", "MIDPOINT", "MIDPRICE", "SAR", "SAREXT",
        "VWAP", "KELTNER", "DONCHIAN", "ICHIMOKU",
        "TRANGE", "ATR", "NATR", "STDDEV", "VAR",
        "LINEARREG", "LINEARREG_SLOPE", "LINEARREG_INTERCEPT", "LINEARREG_ANGLE", "TSF", "CORREL", "BETA",
        "AVGPRICE", "MEDPRICE", "TYPPRICE", "WCLPRICE",
    ];

    /// <summary>Non-default settings that exercise other code paths (odd/even periods, other MA types, SAR start values).</summary>
    public static TheoryData<string, string> Variants => new()
    {
        { "TRIMA", "timeperiod=7" }, { "TRIMA", "timeperiod=8" }, { "MA", "matype=2" }, { "MA", "matype=8;timeperiod=4" },
        { "MA", "timeperiod=1;matype=6" }, { "BBANDS", "matype=6;timeperiod=9" }, { "BBANDS", "matype=3;nbdevup=1;nbdevdn=3" },
        { "SAREXT", "startvalue=90" }, { "SAREXT", "startvalue=-110;offsetonreverse=0.02" }, { "ATR", "timeperiod=1" },
        { "NATR", "timeperiod=1" }, { "VAR", "timeperiod=1" }, { "CORREL", "timeperiod=1" }, { "BETA", "timeperiod=1" },
        { "KELTNER", "timeperiod=5;atrperiod=12;multiplier=1.5" }, { "ICHIMOKU", "tenkanperiod=60" },
        { "BBANDS", "timeperiod=2" }, { "BBANDS", "timeperiod=20;nbdevup=1.5;nbdevdn=0.5" }, { "ATR", "timeperiod=2" },
        { "ATR", "timeperiod=30" },
    };

    [Theory]
    [MemberData(nameof(Functions))]
    public void Batch_equals_streaming_bit_for_bit_on_the_golden_bars_and_a_long_random_walk(string name)
    {
        AssertBatchEqualsStreaming(name, "");
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Batch_equals_streaming_bit_for_bit_with_non_default_settings(string name, string settings)
    {
        AssertBatchEqualsStreaming(name, settings);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void The_first_value_comes_right_after_the_lookback(string name)
    {
        var definition = Find(name);
        var arguments = definition.Arguments();
        var bars = OhlcvWalk.Create(5, 400);
        var indicator = definition.Create(arguments);
        double[][] inputs = Inputs(definition, bars);
        for (int i = 0; i < bars.Count; i++)
        {
            Feed(definition, indicator, inputs, i);
            Assert.Equal(i + 1, indicator.Samples);
            Assert.Equal(i >= indicator.Lookback, indicator.IsReady);
            Assert.Equal(i >= indicator.Lookback, !double.IsNaN(indicator.Value));
        }
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Empty_input_gives_empty_output(string name)
    {
        var definition = Find(name);
        var inputs = definition.Inputs.Select(_ => Array.Empty<double>()).ToArray();
        var outputs = definition.Outputs.Select(_ => Array.Empty<double>()).ToArray();

        definition.Batch(definition.Arguments(), inputs, outputs);

        Assert.All(outputs, o => Assert.Empty(o));
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void After_reset_it_gives_exactly_what_a_fresh_instance_gives(string name)
    {
        var definition = Find(name);
        var arguments = definition.Arguments();
        var used = definition.Create(arguments);
        var other = OhlcvWalk.Create(11, 300);
        double[][] otherInputs = Inputs(definition, other);
        for (int i = 0; i < other.Count; i++) Feed(definition, used, otherInputs, i);

        used.Reset();

        Assert.Equal(0, used.Samples);
        Assert.False(used.IsReady);
        Assert.True(double.IsNaN(used.Value));
        var bars = OhlcvWalk.Create(12, 300);
        double[][] inputs = Inputs(definition, bars);
        var fresh = definition.Create(arguments);
        for (int i = 0; i < bars.Count; i++)
        {
            Feed(definition, used, inputs, i);
            Feed(definition, fresh, inputs, i);
            for (int o = 0; o < definition.Outputs.Count; o++)
                Assert.Equal(Output(fresh, o).ToString("R"), Output(used, o).ToString("R"));
        }
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void An_output_shorter_than_the_input_is_rejected(string name)
    {
        var definition = Find(name);
        var inputs = definition.Inputs.Select(_ => new double[10]).ToArray();
        var outputs = definition.Outputs.Select((_, o) => new double[o == definition.Outputs.Count - 1 ? 9 : 10]).ToArray();

        var error = Assert.Throws<ArgumentException>(() => definition.Batch(definition.Arguments(), inputs, outputs));
        Assert.Contains("holds 9 values but the input has 10", error.Message);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Inputs_of_different_lengths_are_rejected(string name)
    {
        var definition = Find(name);
        if (definition.Inputs.Count < 2) return; // one input: nothing to align
        var inputs = definition.Inputs.Select((_, k) => new double[k == definition.Inputs.Count - 1 ? 9 : 10]).ToArray();
        var outputs = definition.Outputs.Select(_ => new double[10]).ToArray();

        var error = Assert.Throws<ArgumentException>(() => definition.Batch(definition.Arguments(), inputs, outputs));
        Assert.Contains("differ in length", error.Message);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Streaming_updates_allocate_nothing_with_non_default_settings(string name, string settings)
    {
        AssertAllocationFree(name, settings);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Streaming_updates_allocate_nothing(string name)
    {
        AssertAllocationFree(name, "");
    }

    private static void AssertAllocationFree(string name, string settings)
    {
        var definition = Find(name);
        var indicator = definition.Create(definition.Arguments(Parse(settings)));
        var bars = OhlcvWalk.Create(3, 2_000);
        double[][] inputs = Inputs(definition, bars);
        for (int i = 0; i < 1_000; i++) Feed(definition, indicator, inputs, i); // warm up (JIT, tiered compilation)

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1_000; i < bars.Count; i++) Feed(definition, indicator, inputs, i);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    private static void AssertBatchEqualsStreaming(string name, string settings)
    {
        var definition = Find(name);
        var arguments = definition.Arguments(Parse(settings));
        var golden = Inputs(definition, null);
        var walk = Inputs(definition, OhlcvWalk.Create(2026, 5_000));
        // Short inputs too: every length up to just past the lookback (warm-up edges of the batch loops).
        int lookback = definition.Create(arguments).Lookback;
        var prefixes = Enumerable.Range(0, lookback + 3).Select(length => golden.Select(column => column[..length]).ToArray());
        foreach (var inputs in prefixes.Append(golden).Append(walk))
        {
            int n = inputs[0].Length;
            var batch = definition.Outputs.Select(_ => Enumerable.Repeat(-1.0, n).ToArray()).ToArray(); // no value left unwritten
            definition.Batch(arguments, inputs, batch);
            var streaming = GoldenConformance.Stream(definition, arguments, inputs);
            for (int o = 0; o < batch.Length; o++)
                for (int i = 0; i < n; i++)
                    Assert.True(BitConverter.DoubleToInt64Bits(batch[o][i]) == BitConverter.DoubleToInt64Bits(streaming[o][i]),
                        $"{name} {settings} {definition.Outputs[o]} bar {i}: batch {batch[o][i]:R}, streaming {streaming[o][i]:R}");
        }
    }

    private static IndicatorDefinition Find(string name) =>
        IndicatorCatalog.Find(name) ?? throw new Xunit.Sdk.XunitException($"{name} is not in the catalog");

    private static Dictionary<string, double> Parse(string settings) =>
        settings.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Split('='))
            .ToDictionary(kv => kv[0], kv => double.Parse(kv[1], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The definition's inputs from <paramref name="bars"/>, or from the golden bars when null.</summary>
    private static double[][] Inputs(IndicatorDefinition definition, OhlcvWalk? bars) =>
        definition.Inputs.Select((input, i) => bars is null ? TaLibGolden.Column(input, i, definition.Inputs) : input switch
        {
            IndicatorInput.Real => definition.Inputs.Contains(IndicatorInput.Real1) ? bars.High : bars.Close,
            IndicatorInput.Real1 => bars.Low,
            IndicatorInput.Open => bars.Open,
            IndicatorInput.High => bars.High,
            IndicatorInput.Low => bars.Low,
            IndicatorInput.Close => bars.Close,
            IndicatorInput.Volume => bars.Volume,
            _ => throw new ArgumentOutOfRangeException(nameof(definition)),
        }).ToArray();

    private static void Feed(IndicatorDefinition definition, IIndicator indicator, double[][] inputs, int i)
    {
        switch (indicator)
        {
            case ISeriesIndicator series: series.Update(inputs[0][i]); break;
            case IPairIndicator pair: pair.Update(inputs[0][i], inputs[1][i]); break;
            case IBarIndicator bar:
                bar.Update(Get(IndicatorInput.Open), Get(IndicatorInput.High), Get(IndicatorInput.Low), Get(IndicatorInput.Close), Get(IndicatorInput.Volume));
                break;
        }

        double Get(IndicatorInput kind)
        {
            for (int k = 0; k < definition.Inputs.Count; k++) if (definition.Inputs[k] == kind) return inputs[k][i];
            return double.NaN;
        }
    }

    private static double Output(IIndicator indicator, int index) =>
        indicator is IMultiOutputIndicator multi ? multi.GetOutput(index) : indicator.Value;
}
