namespace OmniAlpha.Indicators.Tests.Momentum;

public sealed class MacdExtendedTests
{
    [Fact]
    public void With_simple_averages_is_the_difference_of_two_SMAs_and_an_SMA_signal()
    {
        // SMA(2) - SMA(3) of 1, 2, 4, 8, 16: at input 3: 3 - 7/3 = 2/3; input 4: 6 - 14/3 = 4/3; input 5: 12 - 28/3 = 8/3.
        var macd = new MacdExtended(2, MovingAverageType.Sma, 3, MovingAverageType.Sma, 2, MovingAverageType.Sma);

        double[] line = IndicatorAssert.Feed(macd, [1, 2, 4, 8, 16]);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, 4.0 / 3, 8.0 / 3], line, tolerance: 1e-12);
        Assert.Equal(2.0, macd.Signal, 12);
        Assert.Equal(8.0 / 3 - 2.0, macd.Histogram, 12);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void With_exponential_averages_equals_MACD_exactly(int seed)
    {
        var extended = new MacdExtended(12, MovingAverageType.Ema, 26, MovingAverageType.Ema, 9, MovingAverageType.Ema);
        var macd = new Macd(12, 26, 9);
        foreach (double price in PriceSeries.RandomWalk(seed, 300))
        {
            Assert.Equal(macd.Update(price), extended.Update(price));
            Assert.Equal(macd.Signal, extended.Signal);
            Assert.Equal(macd.Histogram, extended.Histogram);
        }
    }

    [Fact]
    public void Swaps_periods_together_with_their_types_when_slow_is_shorter()
    {
        var swapped = new MacdExtended(26, MovingAverageType.Ema, 12, MovingAverageType.Sma, 9, MovingAverageType.Sma);

        Assert.Equal((12, MovingAverageType.Sma), (swapped.FastPeriod, swapped.FastType));
        Assert.Equal((26, MovingAverageType.Ema), (swapped.SlowPeriod, swapped.SlowType));
    }

    [Fact]
    public void Lookback_is_the_longer_MA_lookback_plus_the_signal_lookback()
    {
        Assert.Equal(33, new MacdExtended().Lookback);
        Assert.Equal(25 + 0, new MacdExtended(signalPeriod: 1).Lookback);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Histogram_is_exactly_macd_minus_signal(int seed)
    {
        var macd = new MacdExtended(5, MovingAverageType.Sma, 13, MovingAverageType.Ema, 4, MovingAverageType.Ema);
        foreach (double price in PriceSeries.RandomWalk(seed, 300))
        {
            macd.Update(price);
            if (macd.IsReady) Assert.Equal(macd.MacdValue - macd.Signal, macd.Histogram);
        }
    }

    [Theory]
    [InlineData(1, 26, 9, "fastPeriod")]
    [InlineData(12, 1, 9, "slowPeriod")]
    [InlineData(12, 26, 0, "signalPeriod")]
    public void Rejects_periods_out_of_TA_Lib_range(int fast, int slow, int signal, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new MacdExtended(fast, MovingAverageType.Sma, slow, MovingAverageType.Sma, signal, MovingAverageType.Sma));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Rejects_an_unknown_moving_average_type()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MacdExtended(fastType: (MovingAverageType)42));
    }
}
