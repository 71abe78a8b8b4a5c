namespace OmniAlpha.Indicators.Tests.Momentum;

/// <summary>AROON and AROONOSC.</summary>
public sealed class AroonTests
{
    [Fact]
    public void Counts_bars_since_the_most_recent_extreme_of_the_last_n_plus_one_bars()
    {
        // Period 2, windows of 3 bars. Bar 3: highs 5 6 6, lows 1 2 0 -> both extremes on this bar -> 100, 100.
        // Bar 4: highs 6 6 4 (tie: the later 6 counts, one bar ago) -> up 50; lows 2 0 3 -> low one bar ago -> down 50.
        var aroon = new Aroon(2);
        var down = new List<double>();
        var up = new List<double>();

        foreach (var (high, low) in new[] { (5.0, 1.0), (6.0, 2.0), (6.0, 0.0), (4.0, 3.0) })
        {
            aroon.Update(high, low);
            down.Add(aroon.Down);
            up.Add(aroon.Up);
        }

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 100, 50], up, tolerance: 0);
        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 100, 50], down, tolerance: 0);
        Assert.Equal(["aroondown", "aroonup"], aroon.OutputNames);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Stays_within_zero_and_one_hundred_and_the_oscillator_is_up_minus_down(int seed)
    {
        var bars = RandomBars.Generate(seed, 1_000);
        var aroon = new Aroon(14);
        var oscillator = new AroonOscillator(14);
        for (int i = 0; i < bars.Count; i++)
        {
            aroon.Update(bars.High[i], bars.Low[i]);
            double value = oscillator.Update(bars.High[i], bars.Low[i]);
            if (!aroon.IsReady) continue;
            Assert.InRange(aroon.Up, 0.0, 100.0);
            Assert.InRange(aroon.Down, 0.0, 100.0);
            Assert.Equal(aroon.Up - aroon.Down, value, tolerance: 1e-9);
        }
    }

    [Fact]
    public void Up_is_one_hundred_on_a_new_high_and_falls_by_100_over_n_per_bar_after_it()
    {
        var aroon = new Aroon(4);
        double[] highs = [1, 2, 3, 4, 10, 5, 5, 5, 5, 5];
        var up = highs.Select(h => { aroon.Update(h, 0); return aroon.Up; }).ToArray();

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, double.NaN, 100, 75, 50, 25, 0, 100], up, tolerance: 1e-12);
    }

    [Fact]
    public void Both_reject_a_period_below_two()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new Aroon(1)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new AroonOscillator(1)).ParamName);
    }
}
