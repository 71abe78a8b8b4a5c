namespace OmniAlpha.Indicators.Tests.Volatility;

public sealed class VarianceTests
{
    [Fact]
    public void Is_the_population_variance_of_the_last_n_inputs()
    {
        // VAR(3): 1,2,3 -> 2/3; 2,3,7 -> mean 4, (4+1+9)/3 = 14/3.
        double[] values = IndicatorAssert.Feed(new Variance(3), [1, 2, 3, 7]);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 2.0 / 3, 14.0 / 3], values, tolerance: 1e-13);
    }

    [Fact]
    public void Of_period_one_is_zero()
    {
        Assert.All(IndicatorAssert.Feed(new Variance(1), [4, 8, 15]), v => Assert.Equal(0.0, v));
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Is_never_negative_even_on_flat_stretches(int seed)
    {
        double[] prices = PriceSeries.RandomWalk(seed, 400).Concat(Enumerable.Repeat(101.37, 50)).ToArray();

        Assert.All(IndicatorAssert.Feed(new Variance(5), prices).Skip(4), v => Assert.True(v >= 0, $"{v:R}"));
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Is_the_square_of_the_standard_deviation(int seed)
    {
        double[] prices = PriceSeries.RandomWalk(seed, 300);
        double[] variance = IndicatorAssert.Feed(new Variance(10), prices);
        double[] deviation = IndicatorAssert.Feed(new StandardDeviation(10), prices);

        for (int i = 9; i < prices.Length; i++) Assert.Equal(variance[i], deviation[i] * deviation[i], tolerance: 1e-9);
    }

    [Fact]
    public void Rejects_a_period_below_one()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new Variance(0)).ParamName);
    }
}
