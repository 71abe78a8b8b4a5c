namespace OmniAlpha.Indicators.Tests.Momentum;

public sealed class CommodityChannelIndexTests
{
    [Fact]
    public void Divides_the_distance_from_the_mean_typical_price_by_0_015_times_the_mean_deviation()
    {
        // Typical prices 1, 2, 6: mean 3, mean deviation 2 -> (6 - 3) / 0.03 = 100.
        // Then 2, 6, 3: mean 11/3, mean deviation 14/9 -> (3 - 11/3) / (0.015 * 14/9) = -200/7.
        var cci = new CommodityChannelIndex(3);

        double[] values = [cci.Update(1, 1, 1), cci.Update(3, 1, 2), cci.Update(7, 5, 6), cci.Update(4, 2, 3)];

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 100, -200.0 / 7], values);
    }

    [Fact]
    public void Is_zero_when_the_typical_price_equals_its_mean()
    {
        var cci = new CommodityChannelIndex(2);
        cci.Update(5, 5, 5);
        Assert.Equal(0.0, cci.Update(5, 5, 5));
    }

    [Fact]
    public void A_NaN_input_gives_NaN_only_while_it_is_in_the_window()
    {
        var cci = new CommodityChannelIndex(2);
        double[] values = [cci.Update(1, 1, 1), cci.Update(double.NaN, 1, 1), cci.Update(2, 2, 2), cci.Update(4, 4, 4)];

        Assert.True(double.IsNaN(values[1]) && double.IsNaN(values[2]));
        Assert.Equal(1 / 0.015, values[3], 9);
    }

    [Fact]
    public void Rejects_a_period_below_two()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new CommodityChannelIndex(1)).ParamName);
    }
}
