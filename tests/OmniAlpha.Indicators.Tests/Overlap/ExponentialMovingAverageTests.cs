using OmniAlpha.Indicators;

namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class ExponentialMovingAverageTests
{
    [Fact]
    public void Is_seeded_with_the_SMA_of_the_first_n_inputs_then_smoothed_with_alpha_two_over_n_plus_one()
    {
        // EMA(3): seed (2+4+6)/3 = 4; alpha = 0.5: 4 + 0.5(8-4) = 6; 6 + 0.5(12-6) = 9; 9 + 0.5(14-9) = 11.5.
        var ema = new ExponentialMovingAverage(3);

        double[] values = IndicatorAssert.Feed(ema, [2, 4, 6, 8, 12, 14]);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 4, 6, 9, 11.5], values, tolerance: 0);
    }

    [Fact]
    public void Uses_alpha_two_over_n_plus_one()
    {
        // EMA(4): alpha = 0.4; seed (1+2+3+4)/4 = 2.5; next 2.5 + 0.4(10-2.5) = 5.5.
        var ema = new ExponentialMovingAverage(4);

        double[] values = IndicatorAssert.Feed(ema, [1, 2, 3, 4, 10]);

        Assert.Equal(2.5, values[3]);
        Assert.Equal(5.5, values[4], tolerance: 1e-15);
    }

    [Fact]
    public void Becomes_ready_at_the_nth_input_and_reports_NaN_before()
    {
        IndicatorAssert.BecomesReadyAt(new ExponentialMovingAverage(5), readyAt: 5, [1, 2, 3, 4, 5, 6, 7]);
    }

    [Fact]
    public void A_period_of_one_follows_the_input()
    {
        var ema = new ExponentialMovingAverage(1);

        IndicatorAssert.SeriesEqual([3, -1.5, 7], IndicatorAssert.Feed(ema, [3, -1.5, 7]), tolerance: 0);
    }

    [Theory]
    [InlineData(42.5)]
    [InlineData(0.1)]
    [InlineData(-3.7)]
    public void Of_a_constant_is_the_constant(double constant)
    {
        var ema = new ExponentialMovingAverage(9);

        double[] values = IndicatorAssert.Feed(ema, Enumerable.Repeat(constant, 100));

        Assert.All(values.Skip(8), v => Assert.Equal(constant, v, tolerance: Math.Abs(constant) * 1e-12));
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Stays_within_the_range_of_all_inputs_seen(int seed)
    {
        double[] prices = PriceSeries.RandomWalk(seed, 500);
        var ema = new ExponentialMovingAverage(12);
        double low = double.MaxValue, high = double.MinValue;

        foreach (double price in prices)
        {
            low = Math.Min(low, price);
            high = Math.Max(high, price);
            double value = ema.Update(price);
            if (ema.IsReady) Assert.InRange(value, low - 1e-9, high + 1e-9);
        }
    }

    [Fact]
    public void Reset_forgets_all_inputs_including_the_seed()
    {
        var ema = new ExponentialMovingAverage(3);
        IndicatorAssert.Feed(ema, [100, 200, 300, 400]);

        ema.Reset();

        Assert.False(ema.IsReady);
        Assert.Equal(0, ema.Samples);
        Assert.True(double.IsNaN(ema.Value));
        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 4, 6], IndicatorAssert.Feed(ema, [2, 4, 6, 8]), tolerance: 0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Rejects_a_period_below_one(int period)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialMovingAverage(period));
        Assert.Equal("period", error.ParamName);
    }

    [Fact]
    public void Exposes_its_period()
    {
        Assert.Equal(20, new ExponentialMovingAverage(20).Period);
    }
}
