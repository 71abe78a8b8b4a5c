using OmniAlpha.Indicators;

namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class SimpleMovingAverageTests
{
    [Fact]
    public void Is_the_mean_of_the_last_n_inputs_including_the_current_one()
    {
        var sma = new SimpleMovingAverage(3);

        double[] values = IndicatorAssert.Feed(sma, [1, 2, 3, 4, 5, 10]);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 2, 3, 4, 19.0 / 3], values, tolerance: 1e-15);
    }

    [Fact]
    public void Becomes_ready_at_the_nth_input_and_reports_NaN_before()
    {
        IndicatorAssert.BecomesReadyAt(new SimpleMovingAverage(4), readyAt: 4, [5, 6, 7, 8, 9, 10]);
    }

    [Fact]
    public void A_period_of_one_follows_the_input()
    {
        var sma = new SimpleMovingAverage(1);

        IndicatorAssert.SeriesEqual([3, -1.5, 7], IndicatorAssert.Feed(sma, [3, -1.5, 7]), tolerance: 0);
    }

    [Fact]
    public void Matches_a_naive_mean_over_a_long_random_walk()
    {
        double[] prices = PriceSeries.RandomWalk(seed: 7, count: 2_000);
        var sma = new SimpleMovingAverage(20);

        for (int i = 0; i < prices.Length; i++)
        {
            double value = sma.Update(prices[i]);
            if (i < 19) continue;
            double naive = prices.Skip(i - 19).Take(20).Average();
            Assert.True(Math.Abs(naive - value) <= 1e-9, $"input #{i + 1}: naive {naive:R}, running {value:R}");
        }
    }

    [Theory]
    [InlineData(42.5)]
    [InlineData(0.1)]
    [InlineData(-3.7)]
    [InlineData(12345.678)]
    public void Of_a_constant_is_the_constant(double constant)
    {
        var sma = new SimpleMovingAverage(7);

        double[] values = IndicatorAssert.Feed(sma, Enumerable.Repeat(constant, 100));

        Assert.All(values.Skip(6), v => Assert.Equal(constant, v, tolerance: Math.Abs(constant) * 1e-12));
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Lies_between_the_lowest_and_highest_input_of_its_window(int seed)
    {
        double[] prices = PriceSeries.RandomWalk(seed, 500);
        var sma = new SimpleMovingAverage(10);

        for (int i = 0; i < prices.Length; i++)
        {
            double value = sma.Update(prices[i]);
            if (i < 9) continue;
            var window = prices.AsSpan(i - 9, 10);
            Assert.InRange(value, Min(window) - 1e-9, Max(window) + 1e-9);
        }
    }

    [Fact]
    public void Reset_forgets_all_inputs()
    {
        var sma = new SimpleMovingAverage(3);
        IndicatorAssert.Feed(sma, [100, 200, 300, 400]);

        sma.Reset();

        Assert.False(sma.IsReady);
        Assert.Equal(0, sma.Samples);
        Assert.True(double.IsNaN(sma.Value));
        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 2, 3], IndicatorAssert.Feed(sma, [1, 2, 3, 4]), tolerance: 0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Rejects_a_period_below_one(int period)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SimpleMovingAverage(period));
        Assert.Equal("period", error.ParamName);
    }

    [Fact]
    public void Exposes_its_period()
    {
        Assert.Equal(20, new SimpleMovingAverage(20).Period);
    }

    private static double Min(ReadOnlySpan<double> values)
    {
        double min = double.MaxValue;
        foreach (double v in values) min = Math.Min(min, v);
        return min;
    }

    private static double Max(ReadOnlySpan<double> values)
    {
        double max = double.MinValue;
        foreach (double v in values) max = Math.Max(max, v);
        return max;
    }
}
