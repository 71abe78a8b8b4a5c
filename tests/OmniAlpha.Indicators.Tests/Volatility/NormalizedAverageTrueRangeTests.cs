namespace OmniAlpha.Indicators.Tests.Volatility;

public sealed class NormalizedAverageTrueRangeTests
{
    [Fact]
    public void Is_the_ATR_as_a_percentage_of_the_close()
    {
        var bars = OhlcvWalk.Create(3, 300);
        var natr = new NormalizedAverageTrueRange(14);
        var atr = new AverageTrueRange(14);
        for (int i = 0; i < bars.Count; i++)
        {
            double value = natr.Update(bars.High[i], bars.Low[i], bars.Close[i]);
            double expected = atr.Update(bars.High[i], bars.Low[i], bars.Close[i]) / bars.Close[i] * 100.0;
            Assert.Equal(atr.IsReady, natr.IsReady);
            if (natr.IsReady) Assert.Equal(expected, value);
        }
    }

    [Fact]
    public void Is_zero_on_a_zero_close()
    {
        var natr = new NormalizedAverageTrueRange(2);
        natr.Update(11, 9, 10);
        natr.Update(11, 9, 10);

        Assert.Equal(0, natr.Update(1, 0, 0));
    }

    [Fact]
    public void Of_period_one_is_the_plain_true_range_as_in_TA_Lib()
    {
        var natr = new NormalizedAverageTrueRange(1);
        natr.Update(11, 9, 10);

        Assert.Equal(4, natr.Update(14, 12, 13));
    }

    [Fact]
    public void Rejects_a_period_below_one()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new NormalizedAverageTrueRange(0)).ParamName);
    }
}
