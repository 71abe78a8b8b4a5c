using OmniAlpha.Indicators.Catalog;
using OmniAlpha.Indicators.Tests.Reference;

namespace OmniAlpha.Indicators.Tests.Momentum;

/// <summary>
/// Contracts every momentum and volume function keeps, checked through the catalog on TA-Lib's golden bars with default
/// and non-default parameters: batch equals streaming bit for bit, Reset gives a fresh indicator, values appear exactly
/// after the lookback, empty input is fine, updates do not allocate.
/// </summary>
public sealed class MomentumIndicatorContractTests
{
    public static TheoryData<string, string> Functions() => new()
    {
        { "RSI", "" }, { "CMO", "" }, { "MOM", "timeperiod=1" }, { "ROC", "" }, { "ROCP", "" }, { "ROCR", "" }, { "ROCR100", "" },
        { "TRIX", "timeperiod=5" }, { "APO", "matype=1" }, { "PPO", "fastperiod=26;slowperiod=12" }, { "MACD", "" },
        { "MACD", "fastperiod=26;slowperiod=12;signalperiod=1" }, { "MACDEXT", "fastmatype=1;signalmatype=1" }, { "MACDFIX", "" },
        { "STOCHRSI", "fastd_matype=1" }, { "STOCH", "" }, { "STOCH", "slowk_matype=1;slowd_period=1" }, { "STOCHF", "fastk_period=1" },
        { "CCI", "" }, { "WILLR", "" }, { "MFI", "" }, { "BOP", "" }, { "ULTOSC", "timeperiod1=20;timeperiod2=3;timeperiod3=9" },
        { "AROON", "" }, { "AROONOSC", "timeperiod=2" }, { "ADX", "" }, { "ADXR", "timeperiod=3" }, { "DX", "" },
        { "PLUS_DI", "timeperiod=1" }, { "MINUS_DI", "" }, { "PLUS_DM", "timeperiod=1" }, { "MINUS_DM", "" },
        { "OBV", "" }, { "AD", "" }, { "ADOSC", "fastperiod=10;slowperiod=3" },
    };

    [Theory]
    [MemberData(nameof(Functions))]
    public void Batch_equals_streaming_bit_for_bit(string name, string parameters)
    {
        var (definition, arguments, inputs) = Setup(name, parameters);
        var batch = definition.Outputs.Select(_ => new double[inputs[0].Length]).ToArray();

        definition.Batch(arguments, inputs, batch);
        var streaming = GoldenConformance.Stream(definition, arguments, inputs);

        for (int o = 0; o < batch.Length; o++)
            for (int i = 0; i < batch[o].Length; i++)
                Assert.True(BitConverter.DoubleToInt64Bits(batch[o][i]) == BitConverter.DoubleToInt64Bits(streaming[o][i]),
                    $"{name} {definition.Outputs[o]} bar {i}: batch {batch[o][i]:R}, streaming {streaming[o][i]:R}");
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void After_Reset_behaves_like_a_fresh_instance(string name, string parameters)
    {
        var (definition, arguments, inputs) = Setup(name, parameters);
        var used = definition.Create(arguments);
        for (int i = 0; i < 500; i++) Feed(used, definition, inputs, i + 300);
        var fresh = definition.Create(arguments);

        used.Reset();

        Assert.Equal(0, used.Samples);
        Assert.False(used.IsReady);
        Assert.True(double.IsNaN(used.Value));
        for (int i = 0; i < inputs[0].Length; i++)
        {
            Feed(used, definition, inputs, i);
            Feed(fresh, definition, inputs, i);
            for (int o = 0; o < definition.Outputs.Count; o++)
                Assert.Equal(BitConverter.DoubleToInt64Bits(Output(fresh, o)), BitConverter.DoubleToInt64Bits(Output(used, o)));
        }
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Every_output_is_NaN_until_the_lookback_has_passed_and_a_number_after(string name, string parameters)
    {
        var (definition, arguments, inputs) = Setup(name, parameters);
        var indicator = definition.Create(arguments);

        for (int i = 0; i < inputs[0].Length; i++)
        {
            Feed(indicator, definition, inputs, i);
            bool ready = i >= indicator.Lookback;
            Assert.Equal(i + 1, indicator.Samples);
            Assert.Equal(ready, indicator.IsReady);
            for (int o = 0; o < definition.Outputs.Count; o++)
                Assert.True(double.IsNaN(Output(indicator, o)) != ready, $"{name} {definition.Outputs[o]} after input {i + 1}: {Output(indicator, o)}");
        }
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Empty_input_gives_empty_output(string name, string parameters)
    {
        var (definition, arguments, inputs) = Setup(name, parameters);
        var empty = inputs.Select(_ => Array.Empty<double>()).ToArray();
        var outputs = definition.Outputs.Select(_ => Array.Empty<double>()).ToArray();

        definition.Batch(arguments, empty, outputs);

        Assert.All(outputs, Assert.Empty);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Streaming_updates_do_not_allocate(string name, string parameters)
    {
        var (definition, arguments, inputs) = Setup(name, parameters);
        var indicator = definition.Create(arguments);
        for (int i = 0; i < 200; i++) Feed(indicator, definition, inputs, i);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 200; i < inputs[0].Length; i++) Feed(indicator, definition, inputs, i);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    private static (IndicatorDefinition Definition, IndicatorArguments Arguments, double[][] Inputs) Setup(string name, string parameters)
    {
        var definition = IndicatorCatalog.Find(name) ?? throw new Xunit.Sdk.XunitException($"{name} is not in the catalog");
        var overrides = parameters.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('='))
            .ToDictionary(kv => kv[0], kv => double.Parse(kv[1], System.Globalization.CultureInfo.InvariantCulture));
        var inputs = definition.Inputs.Select((input, i) => TaLibGolden.Column(input, i, definition.Inputs)).ToArray();
        return (definition, definition.Arguments(overrides), inputs);
    }

    private static void Feed(IIndicator indicator, IndicatorDefinition definition, double[][] inputs, int i)
    {
        switch (indicator)
        {
            case ISeriesIndicator series:
                series.Update(inputs[0][i]);
                break;
            case IPairIndicator pair:
                pair.Update(inputs[0][i], inputs[1][i]);
                break;
            case IBarIndicator bar:
                double open = double.NaN, high = double.NaN, low = double.NaN, close = double.NaN, volume = double.NaN;
                for (int k = 0; k < definition.Inputs.Count; k++)
                {
                    switch (definition.Inputs[k])
                    {
                        case IndicatorInput.Open: open = inputs[k][i]; break;
                        case IndicatorInput.High: high = inputs[k][i]; break;
                        case IndicatorInput.Low: low = inputs[k][i]; break;
                        case IndicatorInput.Close: close = inputs[k][i]; break;
                        case IndicatorInput.Volume: volume = inputs[k][i]; break;
                    }
                }
                bar.Update(open, high, low, close, volume);
                break;
            default:
                throw new Xunit.Sdk.XunitException($"{definition.Name}: no known update interface");
        }
    }

    private static double Output(IIndicator indicator, int index) =>
        indicator is IMultiOutputIndicator multi ? multi.GetOutput(index) : indicator.Value;
}
