using System.Globalization;
using OmniAlpha.Indicators.Catalog;
using OmniAlpha.Indicators.Tests.Reference;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Indicators.Tests.Momentum;

/// <summary>
/// Every momentum and volume function with TA-Lib's defaults on 16 years of real daily NVDA bars (../shared/data): batch
/// equals streaming bit for bit, values start exactly after the lookback, and bounded indicators stay in their bounds.
/// </summary>
public sealed class MomentumRealDataTests
{
    private static readonly Lazy<double[][]> Nvda = new(() => ReadYahoo(SharedData.Require("backtrader/nvda-1999-2014.txt")));

    // Smoothed oscillators (SMA of %K, in TA-Lib's order of operations) may leave their range by a rounding step.
    public static TheoryData<string, double, double> Functions() => new()
    {
        { "RSI", 0, 100 }, { "CMO", -100, 100 }, { "MOM", double.NegativeInfinity, double.PositiveInfinity }, { "ROC", -100, double.PositiveInfinity },
        { "ROCP", -1, double.PositiveInfinity }, { "ROCR", 0, double.PositiveInfinity }, { "ROCR100", 0, double.PositiveInfinity },
        { "TRIX", double.NegativeInfinity, double.PositiveInfinity }, { "APO", double.NegativeInfinity, double.PositiveInfinity },
        { "PPO", double.NegativeInfinity, double.PositiveInfinity }, { "MACD", double.NegativeInfinity, double.PositiveInfinity },
        { "MACDEXT", double.NegativeInfinity, double.PositiveInfinity }, { "MACDFIX", double.NegativeInfinity, double.PositiveInfinity },
        { "STOCHRSI", -1e-12, 100 + 1e-12 }, { "STOCH", -1e-12, 100 + 1e-12 }, { "STOCHF", -1e-12, 100 + 1e-12 },
        { "CCI", double.NegativeInfinity, double.PositiveInfinity }, { "WILLR", -100 - 1e-12, 0 }, { "MFI", -1e-9, 100 + 1e-9 },
        { "BOP", -1, 1 }, { "ULTOSC", 0, 100 }, { "AROON", 0, 100 }, { "AROONOSC", -100, 100 }, { "ADX", 0, 100 }, { "ADXR", 0, 100 },
        { "DX", 0, 100 }, { "PLUS_DI", 0, 100 }, { "MINUS_DI", 0, 100 }, { "PLUS_DM", 0, double.PositiveInfinity },
        { "MINUS_DM", 0, double.PositiveInfinity }, { "OBV", double.NegativeInfinity, double.PositiveInfinity },
        { "AD", double.NegativeInfinity, double.PositiveInfinity }, { "ADOSC", double.NegativeInfinity, double.PositiveInfinity },
    };

    [SkippableTheory]
    [MemberData(nameof(Functions))]
    public void Batch_equals_streaming_and_values_stay_in_bounds(string name, double minimum, double maximum)
    {
        var bars = Nvda.Value;
        var definition = IndicatorCatalog.Find(name)!;
        var arguments = definition.Arguments();
        var inputs = definition.Inputs.Select(Column).ToArray();
        int n = inputs[0].Length;
        var batch = definition.Outputs.Select(_ => new double[n]).ToArray();

        definition.Batch(arguments, inputs, batch);
        var streaming = GoldenConformance.Stream(definition, arguments, inputs);

        int lookback = definition.Create(arguments).Lookback;
        for (int o = 0; o < batch.Length; o++)
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(batch[o][i]), BitConverter.DoubleToInt64Bits(streaming[o][i]));
                Assert.True(double.IsNaN(batch[o][i]) == i < lookback, $"{name} {definition.Outputs[o]} bar {i}: {batch[o][i]}");
                if (i >= lookback) Assert.InRange(batch[o][i], minimum, maximum);
            }

        double[] Column(IndicatorInput input) => input switch
        {
            IndicatorInput.Open => bars[0],
            IndicatorInput.High => bars[1],
            IndicatorInput.Low => bars[2],
            IndicatorInput.Real or IndicatorInput.Close => bars[3],
            IndicatorInput.Volume => bars[4],
            _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
        };
    }

    private static double[][] ReadYahoo(string path)
    {
        // Date,Open,High,Low,Close,Adj Close,Volume
        var rows = File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
        int[] columns = [1, 2, 3, 4, 6];
        return [.. columns.Select(c => rows.Select(r => double.Parse(r[c], CultureInfo.InvariantCulture)).ToArray())];
    }
}
