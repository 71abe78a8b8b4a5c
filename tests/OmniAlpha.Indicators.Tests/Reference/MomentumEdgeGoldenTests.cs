using OmniAlpha.Indicators.Catalog;

namespace OmniAlpha.Indicators.Tests.Reference;

/// <summary>
/// Momentum and volume functions against TA-Lib over awkward bars (<c>Reference/talib-edge</c>, made by
/// <c>generate-talib-edge.js</c>): ties, zero ranges, flat stretches, zero and tiny volumes, and parameters TA-Lib treats
/// specially (period 1, slow &lt; fast, unsorted ULTOSC periods), and every moving-average type in STOCH, STOCHF,
/// STOCHRSI, MACDEXT, APO and PPO. Batch and streaming must
/// both match, NaN for NaN.
/// </summary>
public sealed class MomentumEdgeGoldenTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Reference", "talib-edge");
    private static readonly Lazy<double[][]> Bars = new(() => TaLibGolden.ReadColumns(Path.Combine(Folder, "edge-ohlcv.csv"), out _));

    private static string[] FileNames() =>
        [.. Directory.EnumerateFiles(Folder, "*_edge*.csv").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Files() => new(FileNames());

    [Fact]
    public void Covers_every_momentum_and_volume_function()
    {
        string[] functions = [.. FileNames().Select(f => f.Split("_edge")[0]).Distinct()];
        string[] expected = ["AD", "ADOSC", "ADX", "ADXR", "APO", "AROON", "AROONOSC", "BOP", "CCI", "CMO", "DX", "MACD", "MACDEXT", "MACDFIX",
            "MFI", "MINUS_DI", "MINUS_DM", "MOM", "OBV", "PLUS_DI", "PLUS_DM", "PPO", "ROC", "ROCP", "ROCR", "ROCR100", "RSI", "STOCH",
            "STOCHF", "STOCHRSI", "TRIX", "ULTOSC", "WILLR"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), functions.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Matches_TA_Lib_on_edge_cases(string file)
    {
        string path = Path.Combine(Folder, file);
        var (function, parameters, begIndex) = TaLibGolden.ParseComment(File.ReadLines(path).First());
        var expected = TaLibGolden.ReadColumns(path, out string[] outputNames);
        var definition = IndicatorCatalog.Find(function) ?? throw new Xunit.Sdk.XunitException($"{function} is not in the catalog");
        Assert.Equal(outputNames, definition.Outputs);
        var arguments = definition.Arguments(parameters);
        var inputs = definition.Inputs.Select(Column).ToArray();
        int n = inputs[0].Length;
        var batch = definition.Outputs.Select(_ => new double[n]).ToArray();
        definition.Batch(arguments, inputs, batch);
        var streaming = GoldenConformance.Stream(definition, arguments, inputs);

        Assert.Equal(begIndex, definition.Create(arguments).Lookback);
        for (int o = 0; o < outputNames.Length; o++)
            for (int i = 0; i < n; i++)
            {
                string where = $"{file} {outputNames[o]} bar {i}";
                Assert.Equal(BitConverter.DoubleToInt64Bits(batch[o][i]), BitConverter.DoubleToInt64Bits(streaming[o][i]));
                if (double.IsNaN(expected[o][i]))
                {
                    Assert.True(double.IsNaN(batch[o][i]), $"{where}: TA-Lib has no value yet, got {batch[o][i]:R}");
                    continue;
                }
                double tolerance = GoldenConformance.RelativeTolerance * Math.Max(1.0, Math.Abs(expected[o][i]));
                Assert.True(Math.Abs(expected[o][i] - batch[o][i]) <= tolerance, $"{where}: expected {expected[o][i]:R}, got {batch[o][i]:R}");
            }
    }

    private static double[] Column(IndicatorInput input) => input switch
    {
        IndicatorInput.Open => Bars.Value[0],
        IndicatorInput.High => Bars.Value[1],
        IndicatorInput.Low => Bars.Value[2],
        IndicatorInput.Real or IndicatorInput.Close => Bars.Value[3],
        IndicatorInput.Volume => Bars.Value[4],
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, "no such column in the edge bars"),
    };
}
