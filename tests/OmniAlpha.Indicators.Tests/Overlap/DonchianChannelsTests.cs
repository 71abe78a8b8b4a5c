namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class DonchianChannelsTests
{
    [Fact]
    public void Are_the_highest_high_and_lowest_low_of_the_last_n_bars_including_the_current_one()
    {
        var donchian = new DonchianChannels(2);

        Assert.True(double.IsNaN(donchian.Update(10, 8)));
        Assert.Equal(12, donchian.Update(12, 9));
        Assert.Equal((10.0, 8.0), (donchian.MiddleBand, donchian.LowerBand));
        Assert.Equal(12, donchian.Update(11, 5));
        Assert.Equal((8.5, 5.0), (donchian.MiddleBand, donchian.LowerBand));
        Assert.Equal(11, donchian.Update(7, 6));
        Assert.Equal((8.0, 5.0), (donchian.MiddleBand, donchian.LowerBand));
    }

    [Fact]
    public void The_middle_band_is_TA_Libs_MIDPRICE()
    {
        var bars = OhlcvWalk.Create(6, 800);
        var donchian = new DonchianChannels(20);
        var midprice = new MidpriceOverPeriod(20);
        for (int i = 0; i < bars.Count; i++)
        {
            donchian.Update(bars.High[i], bars.Low[i]);
            double expected = midprice.Update(bars.High[i], bars.Low[i]);
            if (donchian.IsReady) Assert.Equal(expected, donchian.MiddleBand);
            if (donchian.IsReady) Assert.True(donchian.UpperBand >= bars.High[i] && donchian.LowerBand <= bars.Low[i]);
        }
    }

    [Fact]
    public void Rejects_a_period_below_one()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new DonchianChannels(0)).ParamName);
    }
}
