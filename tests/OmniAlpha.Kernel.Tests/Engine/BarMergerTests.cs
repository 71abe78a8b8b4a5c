using OmniAlpha.Kernel.Engine;
using OmniAlpha.Sdk.Data;

namespace OmniAlpha.Kernel.Tests.Engine;

public class BarMergerTests
{
    [Fact]
    public void Merges_series_into_time_steps_in_time_then_symbol_order()
    {
        var a = TestBars.Series("A", TestBars.Daily("A", 0, 1, 1, 1, 1), TestBars.Daily("A", 2, 1, 1, 1, 1));
        var b = TestBars.Series("B", TestBars.Daily("B", 0, 1, 1, 1, 1), TestBars.Daily("B", 1, 1, 1, 1, 1), TestBars.Daily("B", 2, 1, 1, 1, 1));
        var merger = new BarMerger([a, b]);
        var steps = new List<string>();
        while (merger.MoveNext())
        {
            var names = new List<string>();
            for (int k = 0; k < merger.StepCount; k++) names.Add(merger.StepSeries[k] == 0 ? "A" : "B");
            steps.Add($"{(merger.StepTime - TestBars.Day0).Days}:{string.Join("", names)}");
        }
        Assert.Equal(["0:AB", "1:B", "2:AB"], steps);
    }

    [Fact]
    public void Ties_are_broken_by_run_order_even_with_many_series()
    {
        var series = new BarSeries[40];
        for (int i = 0; i < series.Length; i++)
            series[i] = TestBars.Series($"S{i}", TestBars.Daily($"S{i}", i % 3, 1, 1, 1, 1), TestBars.Daily($"S{i}", 5, 1, 1, 1, 1));
        var merger = new BarMerger(series);
        while (merger.MoveNext())
        {
            for (int k = 1; k < merger.StepCount; k++) Assert.True(merger.StepSeries[k - 1] < merger.StepSeries[k]);
        }
    }

    [Fact]
    public void Empty_series_are_ignored()
    {
        var empty = TestBars.Series("E");
        var merger = new BarMerger([empty, TestBars.FromCloses("X", 1m, 2m)]);
        int steps = 0;
        while (merger.MoveNext()) steps++;
        Assert.Equal(2, steps);
    }
}
