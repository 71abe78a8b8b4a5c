namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class MidpriceOverPeriodTests
{
    [Fact]
    public void Is_halfway_between_the_highest_high_and_the_lowest_low_of_the_last_n_bars()
    {
        var midprice = new MidpriceOverPeriod(2);

        double[] values = [midprice.Update(10, 8), midprice.Update(12, 9), midprice.Update(11, 5), midprice.Update(7, 6)];

        IndicatorAssert.SeriesEqual([double.NaN, 10, 8.5, 8], values, tolerance: 0);
    }

    [Fact]
    public void Ignores_the_open_close_and_volume_of_a_bar()
    {
        var midprice = new MidpriceOverPeriod(2);
        midprice.Update(open: double.NaN, high: 10, low: 8, close: double.NaN, volume: -1);

        Assert.Equal(10, midprice.Update(open: 1e9, high: 12, low: 9, close: -1e9, volume: double.NaN));
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Equals_a_naive_rescan_of_the_window(int seed)
    {
        var bars = OhlcvWalk.Create(seed, 1_000);
        var midprice = new MidpriceOverPeriod(10);
        for (int i = 0; i < bars.Count; i++)
        {
            double value = midprice.Update(bars.High[i], bars.Low[i]);
            if (i < 9) continue;
            Assert.Equal((bars.High.AsSpan(i - 9, 10).ToArray().Max() + bars.Low.AsSpan(i - 9, 10).ToArray().Min()) / 2.0, value);
        }
    }

    [Fact]
    public void Rejects_a_period_below_two()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new MidpriceOverPeriod(0)).ParamName);
    }
}
