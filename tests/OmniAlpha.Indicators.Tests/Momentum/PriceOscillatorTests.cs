namespace OmniAlpha.Indicators.Tests.Momentum;

/// <summary>APO and PPO: fast MA − slow MA, absolute and as a percentage of the slow MA.</summary>
public sealed class PriceOscillatorTests
{
    [Fact]
    public void APO_is_fast_SMA_minus_slow_SMA()
    {
        // SMA(2) - SMA(3) of 1, 2, 4, 8: 3 - 7/3, 6 - 14/3.
        double[] values = IndicatorAssert.Feed(new AbsolutePriceOscillator(2, 3), [1, 2, 4, 8]);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 2.0 / 3, 4.0 / 3], values, tolerance: 1e-12);
    }

    [Fact]
    public void PPO_is_APO_as_a_percentage_of_the_slow_SMA()
    {
        double[] values = IndicatorAssert.Feed(new PercentagePriceOscillator(2, 3), [1, 2, 4, 8]);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 100 * (2.0 / 3) / (7.0 / 3), 100 * (4.0 / 3) / (14.0 / 3)], values, tolerance: 1e-12);
    }

    [Fact]
    public void EMAs_both_start_on_the_first_input_unlike_MACD()
    {
        // TA-Lib's APO seeds the fast EMA over the first inputs, MACD over the inputs just before the slow seed ends.
        double[] prices = PriceSeries.RandomWalk(11, 60);
        var apo = new AbsolutePriceOscillator(12, 26, MovingAverageType.Ema);
        var fast = new ExponentialMovingAverage(12);
        var slow = new ExponentialMovingAverage(26);
        foreach (double price in prices)
        {
            double value = apo.Update(price);
            double expected = fast.Update(price) - slow.Update(price);
            if (apo.IsReady) Assert.Equal(expected, value);
        }
    }

    [Fact]
    public void PPO_is_zero_when_the_slow_average_is_zero()
    {
        Assert.Equal(0.0, IndicatorAssert.Feed(new PercentagePriceOscillator(2, 3), [1, -1, 0])[^1]);
    }

    [Fact]
    public void Both_swap_periods_when_slow_is_shorter()
    {
        double[] prices = PriceSeries.RandomWalk(12, 80);
        Assert.Equal(IndicatorAssert.Feed(new AbsolutePriceOscillator(12, 26), prices), IndicatorAssert.Feed(new AbsolutePriceOscillator(26, 12), prices));
        Assert.Equal(IndicatorAssert.Feed(new PercentagePriceOscillator(5, 9, MovingAverageType.Ema), prices),
            IndicatorAssert.Feed(new PercentagePriceOscillator(9, 5, MovingAverageType.Ema), prices));
    }

    [Fact]
    public void A_NaN_input_makes_every_later_value_NaN_as_the_running_sums_carry_it()
    {
        double[] values = IndicatorAssert.Feed(new AbsolutePriceOscillator(2, 3), [1, 2, 3, double.NaN, 5, 6, 7, 8]);

        Assert.Equal(0.5, values[2], 12);
        Assert.All(values[3..], v => Assert.True(double.IsNaN(v)));
    }

    [Theory]
    [InlineData(1, 26, "fastPeriod")]
    [InlineData(12, 1, "slowPeriod")]
    public void Reject_periods_below_two(int fast, int slow, string parameter)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new AbsolutePriceOscillator(fast, slow)).ParamName);
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new PercentagePriceOscillator(fast, slow)).ParamName);
    }
}
