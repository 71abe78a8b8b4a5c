namespace OmniAlpha.Indicators.Tests.Momentum;

/// <summary>ROC, ROCP, ROCR and ROCR100: the same comparison with x[t−n] on four scales.</summary>
public sealed class RateOfChangeFamilyTests
{
    private static readonly double[] Prices = [10, 20, 15, 0, 5];

    [Fact]
    public void ROC_is_percent_change_and_zero_after_a_zero_price()
    {
        IndicatorAssert.SeriesEqual([double.NaN, 100, -25, -100, 0], IndicatorAssert.Feed(new RateOfChange(1), Prices), tolerance: 1e-12);
    }

    [Fact]
    public void ROCP_is_the_change_as_a_fraction()
    {
        IndicatorAssert.SeriesEqual([double.NaN, 1, -0.25, -1, 0], IndicatorAssert.Feed(new RateOfChangePercentage(1), Prices), tolerance: 1e-12);
    }

    [Fact]
    public void ROCR_is_the_ratio()
    {
        IndicatorAssert.SeriesEqual([double.NaN, 2, 0.75, 0, 0], IndicatorAssert.Feed(new RateOfChangeRatio(1), Prices), tolerance: 1e-12);
    }

    [Fact]
    public void ROCR100_is_the_ratio_times_one_hundred()
    {
        IndicatorAssert.SeriesEqual([double.NaN, 200, 75, 0, 0], IndicatorAssert.Feed(new RateOfChangeRatio100(1), Prices), tolerance: 1e-12);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void The_four_scales_agree(int seed)
    {
        var roc = new RateOfChange(10);
        var rocp = new RateOfChangePercentage(10);
        var rocr = new RateOfChangeRatio(10);
        var rocr100 = new RateOfChangeRatio100(10);
        foreach (double price in PriceSeries.RandomWalk(seed, 300))
        {
            double percent = roc.Update(price), fraction = rocp.Update(price), ratio = rocr.Update(price), ratio100 = rocr100.Update(price);
            if (!roc.IsReady) continue;
            Assert.Equal(percent, fraction * 100, tolerance: 1e-9);
            Assert.Equal(ratio, 1 + fraction, tolerance: 1e-12);
            Assert.Equal(ratio100, ratio * 100, tolerance: 1e-9);
        }
    }

    [Fact]
    public void A_NaN_input_spoils_only_the_values_it_takes_part_in()
    {
        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, 100], IndicatorAssert.Feed(new RateOfChange(1), [1, double.NaN, 2, 4]), tolerance: 0);
    }

    [Fact]
    public void All_reject_a_period_below_one()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new RateOfChange(0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new RateOfChangePercentage(0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new RateOfChangeRatio(0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new RateOfChangeRatio100(0)).ParamName);
    }
}
