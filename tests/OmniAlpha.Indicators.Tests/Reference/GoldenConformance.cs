using OmniAlpha.Indicators.Catalog;

namespace OmniAlpha.Indicators.Tests.Reference;

/// <summary>
/// Runs a catalog function over the golden bars, in batch and streaming, and compares both with TA-Lib's output:
/// same first-value index (lookback), NaN exactly where TA-Lib has no value, and values within 1e-6 relative.
/// </summary>
internal static class GoldenConformance
{
    public const double RelativeTolerance = 1e-6;

    /// <summary>Asserts the function in <paramref name="file"/> matches TA-Lib, batch and streaming alike.</summary>
    public static void AssertMatches(string file, double relativeTolerance = RelativeTolerance)
    {
        var golden = TaLibGolden.Load(file);
        var definition = IndicatorCatalog.Find(golden.Function)
            ?? throw new Xunit.Sdk.XunitException($"{golden.Function} is not in the catalog");
        Assert.Equal(golden.OutputNames, definition.Outputs);
        var arguments = definition.Arguments(golden.Parameters);
        var inputs = definition.Inputs.Select((input, i) => TaLibGolden.Column(input, i, definition.Inputs)).ToArray();
        int n = inputs[0].Length;

        var batch = definition.Outputs.Select(_ => new double[n]).ToArray();
        definition.Batch(arguments, inputs, batch);
        var streaming = Stream(definition, arguments, inputs);

        for (int o = 0; o < definition.Outputs.Count; o++)
        {
            string label = $"{file} {definition.Outputs[o]}";
            Compare(label + " (batch)", golden.Outputs[o], batch[o], relativeTolerance);
            Compare(label + " (streaming)", golden.Outputs[o], streaming[o], relativeTolerance);
        }
        var indicator = definition.Create(arguments);
        Assert.True(indicator.Lookback == golden.BegIndex, $"{file}: Lookback {indicator.Lookback}, TA-Lib begIndex {golden.BegIndex}");
    }

    /// <summary>Feeds the streaming indicator bar by bar and collects every output after each update.</summary>
    public static double[][] Stream(IndicatorDefinition definition, IndicatorArguments arguments, double[][] inputs)
    {
        var indicator = definition.Create(arguments);
        int n = inputs[0].Length;
        var outputs = definition.Outputs.Select(_ => new double[n]).ToArray();
        for (int i = 0; i < n; i++)
        {
            switch (indicator)
            {
                case ISeriesIndicator series: series.Update(inputs[0][i]); break;
                case IPairIndicator pair: pair.Update(inputs[0][i], inputs[1][i]); break;
                case IBarIndicator bar:
                    double Get(IndicatorInput kind)
                    {
                        for (int k = 0; k < definition.Inputs.Count; k++) if (definition.Inputs[k] == kind) return inputs[k][i];
                        return double.NaN;
                    }
                    bar.Update(Get(IndicatorInput.Open), Get(IndicatorInput.High), Get(IndicatorInput.Low), Get(IndicatorInput.Close), Get(IndicatorInput.Volume));
                    break;
                default: throw new Xunit.Sdk.XunitException($"{definition.Name}: {indicator.GetType().Name} has no known update interface");
            }
            if (indicator is IMultiOutputIndicator multi)
                for (int o = 0; o < outputs.Length; o++) outputs[o][i] = multi.GetOutput(o);
            else
                outputs[0][i] = indicator.Value;
        }
        return outputs;
    }

    private static void Compare(string label, double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            if (double.IsNaN(expected[i]))
            {
                Assert.True(double.IsNaN(actual[i]), $"{label} bar {i}: TA-Lib has no value yet, got {actual[i]:R}");
                continue;
            }
            Assert.False(double.IsNaN(actual[i]), $"{label} bar {i}: expected {expected[i]:R}, got NaN");
            double scale = Math.Max(1.0, Math.Abs(expected[i]));
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * scale,
                $"{label} bar {i}: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }
}
