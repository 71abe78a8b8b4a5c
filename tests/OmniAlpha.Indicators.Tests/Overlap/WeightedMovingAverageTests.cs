namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class WeightedMovingAverageTests
{
    [Fact]
    public void Weighs_the_newest_input_n_and_the_oldest_one_over_n_n_plus_one_over_two()
    {
        // WMA(3): (1*1 + 2*2 + 3*3)/6 = 14/6; (2*1 + 3*2 + 4*3)/6 = 20/6; (3*1 + 4*2 + 10*3)/6 = 41/6.
        var wma = new WeightedMovingAverage(3);

        double[] values = IndicatorAssert.Feed(wma, [1, 2, 3, 4, 10]);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 14.0 / 6, 20.0 / 6, 41.0 / 6], values, tolerance: 1e-14);
    }

    [Fact]
    public void Becomes_ready_at_the_nth_input()
    {
        IndicatorAssert.BecomesReadyAt(new WeightedMovingAverage(4), readyAt: 4, [5, 6, 7, 8, 9, 10]);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Matches_a_naive_weighted_mean_over_a_random_walk(int seed)
    {
        double[] prices = PriceSeries.RandomWalk(seed, 1_000);
        double[] values = IndicatorAssert.Feed(new WeightedMovingAverage(10), prices);

        for (int i = 9; i < prices.Length; i++)
        {
            double naive = 0;
            for (int k = 0; k < 10; k++) naive += prices[i - 9 + k] * (k + 1);
            Assert.Equal(naive / 55, values[i], tolerance: 1e-9);
        }
    }

    [Fact]
    public void Of_a_constant_is_the_constant()
    {
        double[] values = IndicatorAssert.Feed(new WeightedMovingAverage(7), Enumerable.Repeat(12.5, 50));

        Assert.All(values.Skip(6), v => Assert.Equal(12.5, v, tolerance: 1e-12));
    }

    [Fact]
    public void A_NaN_input_makes_every_later_value_NaN()
    {
        double[] values = IndicatorAssert.Feed(new WeightedMovingAverage(2), [1, 2, double.NaN, 4, 5, 6]);

        Assert.Equal(2.0 * 2 / 3 + 1.0 / 3, values[1], tolerance: 1e-14);
        Assert.All(values.Skip(2), v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void Handles_TA_Libs_largest_period_without_integer_overflow()
    {
        // TA-Lib's own weight sum overflows an int at this period; the average of a constant must still be the constant.
        double[] values = IndicatorAssert.Feed(new WeightedMovingAverage(100000), Enumerable.Repeat(3.5, 100000 + 10));

        Assert.All(values.Skip(100000 - 1), v => Assert.Equal(3.5, v, tolerance: 1e-9));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void Rejects_a_period_below_two(int period)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new WeightedMovingAverage(period));
        Assert.Equal("period", error.ParamName);
    }
}
