namespace OmniAlpha.Indicators.Tests.Momentum;

public sealed class StochasticFastTests
{
    [Fact]
    public void Reports_raw_K_and_its_average_D_from_the_same_bar()
    {
        var stochastic = new StochasticFast(3, 2, MovingAverageType.Sma);
        var fastK = new List<double>();
        var fastD = new List<double>();

        foreach (var (high, low, close) in StochasticTests.Bars)
        {
            stochastic.Update(high, low, close);
            fastK.Add(stochastic.FastK);
            fastD.Add(stochastic.FastD);
        }

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, 75, 0, 400.0 / 7], fastK);
        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, 75, 37.5, 200.0 / 7], fastD);
    }

    [Fact]
    public void With_K_period_one_K_is_where_the_close_sits_in_the_bar()
    {
        var stochastic = new StochasticFast(1, 1, MovingAverageType.Sma);

        stochastic.Update(12, 8, 11);

        Assert.Equal(75.0, stochastic.FastK, 12);
        Assert.Equal(0, stochastic.Lookback);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Stays_within_zero_and_one_hundred(int seed)
    {
        var bars = RandomBars.Generate(seed, 1_000);
        var stochastic = new StochasticFast();
        for (int i = 0; i < bars.Count; i++)
        {
            stochastic.Update(bars.High[i], bars.Low[i], bars.Close[i]);
            if (!stochastic.IsReady) continue;
            Assert.InRange(stochastic.FastK, 0.0, 100.0);
            Assert.InRange(stochastic.FastD, 0.0, 100.0);
        }
    }

    [Fact]
    public void Rejects_periods_below_one()
    {
        Assert.Equal("fastKPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => new StochasticFast(0)).ParamName);
        Assert.Equal("fastDPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => new StochasticFast(5, 0)).ParamName);
    }
}
