using OmniAlpha.Indicators;

namespace OmniAlpha.Indicators.Tests;

/// <summary>Feeds indicators and checks their outputs against expected series.</summary>
internal static class IndicatorAssert
{
    /// <summary>Absolute tolerance for values computed in a different (but equivalent) order of operations.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>Feeds <paramref name="inputs"/> and returns every value <see cref="ISeriesIndicator.Update"/> returned.</summary>
    public static double[] Feed(ISeriesIndicator indicator, IEnumerable<double> inputs) =>
        inputs.Select(indicator.Update).ToArray();

    /// <summary>
    /// Asserts <paramref name="actual"/> matches <paramref name="expected"/> element by element, where NaN expects NaN
    /// (not ready) and numbers are compared within <paramref name="tolerance"/>.
    /// </summary>
    public static void SeriesEqual(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance = Tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            if (double.IsNaN(expected[i]))
                Assert.True(double.IsNaN(actual[i]), $"input #{i + 1}: expected NaN (not ready), got {actual[i]:R}");
            else
                Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"input #{i + 1}: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }

    /// <summary>Asserts the not-ready contract after each of the first inputs and readiness exactly at <paramref name="readyAt"/>.</summary>
    public static void BecomesReadyAt(ISeriesIndicator indicator, int readyAt, IReadOnlyList<double> inputs)
    {
        Assert.False(indicator.IsReady);
        Assert.Equal(0, indicator.Samples);
        Assert.True(double.IsNaN(indicator.Value));
        for (int i = 0; i < inputs.Count; i++)
        {
            double returned = indicator.Update(inputs[i]);
            int samples = i + 1;
            Assert.Equal(samples, indicator.Samples);
            Assert.Equal(samples >= readyAt, indicator.IsReady);
            if (samples < readyAt)
            {
                Assert.True(double.IsNaN(returned), $"input #{samples} returned {returned} before ready");
                Assert.True(double.IsNaN(indicator.Value), $"input #{samples}: Value {indicator.Value} before ready");
            }
            else
            {
                Assert.False(double.IsNaN(returned), $"input #{samples} returned NaN when ready");
                Assert.Equal(returned, indicator.Value);
            }
        }
    }
}
