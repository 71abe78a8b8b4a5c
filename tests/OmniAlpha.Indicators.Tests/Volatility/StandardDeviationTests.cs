namespace OmniAlpha.Indicators.Tests.Volatility;

public sealed class StandardDeviationTests
{
    [Fact]
    public void Is_the_population_standard_deviation_times_nbdev()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population variance 4, deviation 2.
        double[] data = [2, 4, 4, 4, 5, 5, 7, 9];

        Assert.Equal(2.0, IndicatorAssert.Feed(new StandardDeviation(8), data)[7], tolerance: 1e-14);
        Assert.Equal(3.0, IndicatorAssert.Feed(new StandardDeviation(8, 1.5), data)[7], tolerance: 1e-14);
    }

    [Fact]
    public void Is_exactly_zero_over_a_flat_series()
    {
        Assert.All(IndicatorAssert.Feed(new StandardDeviation(5), Enumerable.Repeat(101.37, 40)).Skip(4), v => Assert.Equal(0.0, v));
    }

    [Fact]
    public void Over_a_flat_window_after_movement_keeps_only_TA_Libs_running_sum_rounding()
    {
        // The running sums still carry the rounding of the inputs that left (as in TA-Lib): the residue is tiny, not 0.
        double[] values = IndicatorAssert.Feed(new StandardDeviation(5), [3.3, 1.7, 101.37, 101.37, 101.37, 101.37, 101.37, 101.37]);

        Assert.InRange(values[^1], 0.0, 1e-5);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Matches_a_naive_two_pass_deviation(int seed)
    {
        double[] prices = PriceSeries.RandomWalk(seed, 600);
        double[] values = IndicatorAssert.Feed(new StandardDeviation(20, 2), prices);

        for (int i = 19; i < prices.Length; i++)
        {
            double[] window = prices[(i - 19)..(i + 1)];
            double mean = window.Average();
            Assert.Equal(2 * Math.Sqrt(window.Sum(x => (x - mean) * (x - mean)) / 20), values[i], tolerance: 1e-7);
        }
    }

    [Fact]
    public void Rejects_bad_parameters()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new StandardDeviation(1)).ParamName);
        Assert.Equal("deviations", Assert.Throws<ArgumentOutOfRangeException>(() => new StandardDeviation(5, double.NaN)).ParamName);
    }
}
