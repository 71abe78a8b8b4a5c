namespace OmniAlpha.Indicators.Tests.Momentum;

public sealed class MomentumTests
{
    [Fact]
    public void Is_the_change_over_n_inputs()
    {
        double[] values = IndicatorAssert.Feed(new Indicators.Momentum(2), [1, 2, 4, 7, 11]);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 3, 5, 7], values, tolerance: 0);
    }

    [Fact]
    public void A_NaN_input_spoils_only_the_values_it_takes_part_in()
    {
        double[] values = IndicatorAssert.Feed(new Indicators.Momentum(1), [1, 2, double.NaN, 4, 6]);

        IndicatorAssert.SeriesEqual([double.NaN, 1, double.NaN, double.NaN, 2], values, tolerance: 0);
    }

    [Fact]
    public void Has_TA_Lib_default_period_ten()
    {
        Assert.Equal(10, new Indicators.Momentum().Period);
        Assert.Equal(10, new Indicators.Momentum().Lookback);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Rejects_a_period_below_one(int period)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Indicators.Momentum(period));
        Assert.Equal("period", error.ParamName);
    }
}
