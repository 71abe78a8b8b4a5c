namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class DoubleExponentialMovingAverageTests
{
    [Fact]
    public void Is_two_EMAs_minus_the_EMA_of_the_EMA_and_follows_a_straight_line_without_lag()
    {
        // DEMA(2), alpha 2/3. EMA: 1.5, 2.5, 3.5 (from input 2); EMA of EMA: seed (1.5+2.5)/2 = 2, then 2 + 2/3(3.5-2) = 3.
        // DEMA: 2*2.5 - 2 = 3, 2*3.5 - 3 = 4.
        var dema = new DoubleExponentialMovingAverage(2);

        double[] values = IndicatorAssert.Feed(dema, [1, 2, 3, 4]);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 3, 4], values, tolerance: 1e-14);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public void Has_lookback_two_times_n_minus_one(int period)
    {
        var dema = new DoubleExponentialMovingAverage(period);
        Assert.Equal(2 * (period - 1), dema.Lookback);
        IndicatorAssert.BecomesReadyAt(dema, readyAt: 2 * (period - 1) + 1, PriceSeries.RandomWalk(1, 20));
    }

    [Fact]
    public void Of_a_constant_is_the_constant()
    {
        double[] values = IndicatorAssert.Feed(new DoubleExponentialMovingAverage(5), Enumerable.Repeat(-3.25, 60));

        Assert.All(values.Skip(8), v => Assert.Equal(-3.25, v, tolerance: 1e-12));
    }

    [Fact]
    public void Rejects_a_period_below_two()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new DoubleExponentialMovingAverage(1)).ParamName);
    }
}
