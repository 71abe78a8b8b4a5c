namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class KeltnerChannelsTests
{
    [Fact]
    public void Are_the_EMA_of_the_close_plus_and_minus_a_multiple_of_the_ATR()
    {
        // EMA(2) of closes 9, 10, 11: 9.5, then 9.5 + 2/3(11 - 9.5) = 10.5. ATR(1) = true range: 2, 2. Multiplier 2.
        var keltner = new KeltnerChannels(2, 1, 2.0);

        Assert.True(double.IsNaN(keltner.Update(10, 8, 9)));
        Assert.Equal(13.5, keltner.Update(11, 9, 10), 1e-12);
        Assert.Equal((9.5, 5.5), (keltner.MiddleBand, keltner.LowerBand));
        Assert.Equal(14.5, keltner.Update(12, 10, 11), 1e-12);
        Assert.Equal(10.5, keltner.MiddleBand, 1e-12);
        Assert.Equal(6.5, keltner.LowerBand, 1e-12);
    }

    [Fact]
    public void Follow_StockCharts_defaults_EMA_twenty_ATR_ten_multiplier_two()
    {
        var keltner = new KeltnerChannels();
        Assert.Equal((20, 10, 2.0, 19), (keltner.Period, keltner.AtrPeriod, keltner.Multiplier, keltner.Lookback));
        Assert.Equal(["upperband", "middleband", "lowerband"], keltner.OutputNames);
    }

    [Fact]
    public void Match_their_EMA_and_ATR_on_a_random_walk()
    {
        var bars = OhlcvWalk.Create(5, 600);
        var keltner = new KeltnerChannels(20, 10, 1.5);
        var ema = new ExponentialMovingAverage(20);
        var atr = new AverageTrueRange(10);
        for (int i = 0; i < bars.Count; i++)
        {
            keltner.Update(bars.High[i], bars.Low[i], bars.Close[i]);
            double middle = ema.Update(bars.Close[i]);
            double range = atr.Update(bars.High[i], bars.Low[i], bars.Close[i]);
            if (!keltner.IsReady) continue;
            Assert.Equal(middle, keltner.MiddleBand);
            Assert.Equal(middle + 1.5 * range, keltner.UpperBand);
            Assert.Equal(middle - 1.5 * range, keltner.LowerBand);
        }
    }

    [Fact]
    public void Rejects_bad_parameters()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new KeltnerChannels(0)).ParamName);
        Assert.Equal("atrPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => new KeltnerChannels(20, 0)).ParamName);
        Assert.Equal("multiplier", Assert.Throws<ArgumentOutOfRangeException>(() => new KeltnerChannels(20, 10, double.NaN)).ParamName);
    }
}
