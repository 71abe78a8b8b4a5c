namespace OmniAlpha.Indicators.Tests.Momentum;

public sealed class StochasticRsiTests
{
    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Is_the_fast_stochastic_of_the_RSI(int seed)
    {
        var stochasticRsi = new StochasticRsi(14, 5, 3, MovingAverageType.Ema);
        var rsi = new RelativeStrengthIndex(14);
        var stochastic = new StochasticFast(5, 3, MovingAverageType.Ema);
        foreach (double price in PriceSeries.RandomWalk(seed, 400))
        {
            stochasticRsi.Update(price);
            double strength = rsi.Update(price);
            if (rsi.IsReady) stochastic.Update(strength, strength, strength);
            Assert.Equal(stochastic.FastK, stochasticRsi.FastK);
            Assert.Equal(stochastic.FastD, stochasticRsi.FastD);
            if (stochasticRsi.IsReady)
            {
                // TA-Lib's arithmetic, (x - lowest) / ((highest - lowest) / 100), can land one rounding step past 100.
                Assert.InRange(stochasticRsi.FastK, 0.0, 100.0 + 1e-12);
                Assert.InRange(stochasticRsi.FastD, 0.0, 100.0 + 1e-12);
            }
        }
    }

    [Fact]
    public void Lookback_is_the_RSI_lookback_plus_the_stochastic_lookback()
    {
        Assert.Equal(14 + 4 + 2, new StochasticRsi().Lookback);
    }

    [Fact]
    public void Is_zero_when_the_RSI_does_not_move()
    {
        var stochasticRsi = new StochasticRsi(2, 3, 1, MovingAverageType.Sma);
        foreach (double price in Enumerable.Range(1, 10).Select(i => (double)i)) stochasticRsi.Update(price);

        Assert.Equal(0.0, stochasticRsi.FastK);
    }

    [Fact]
    public void Rejects_an_RSI_period_below_two_and_stochastic_periods_below_one()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new StochasticRsi(1)).ParamName);
        Assert.Equal("fastKPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => new StochasticRsi(14, 0)).ParamName);
        Assert.Equal("fastDPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => new StochasticRsi(14, 5, 0)).ParamName);
    }
}
