namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class T3MovingAverageTests
{
    [Fact]
    public void With_a_volume_factor_of_zero_is_the_triple_EMA_chain_of_TA_Libs_seeded_EMAs()
    {
        // v = 0: c1 = c2 = c3 = 0 and c4 = 1, so T3 = e3 = EMA(EMA(EMA(x))), each seeded with the SMA of its first n inputs.
        var t3 = new T3MovingAverage(4, 0.0);
        var e1 = new ExponentialMovingAverage(4);
        var e2 = new ExponentialMovingAverage(4);
        var e3 = new ExponentialMovingAverage(4);
        foreach (double price in PriceSeries.RandomWalk(9, 300))
        {
            double value = t3.Update(price);
            double a = e1.Update(price);
            double b = e1.IsReady ? e2.Update(a) : double.NaN;
            double c = e2.IsReady ? e3.Update(b) : double.NaN;
            if (t3.IsReady) Assert.Equal(c, value, tolerance: 1e-9);
        }
    }

    [Fact]
    public void Has_lookback_six_times_n_minus_one()
    {
        var t3 = new T3MovingAverage(3, 0.7);
        Assert.Equal(12, t3.Lookback);
        IndicatorAssert.BecomesReadyAt(t3, readyAt: 13, PriceSeries.RandomWalk(4, 30));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.7)]
    [InlineData(1.0)]
    public void Of_a_constant_is_the_constant_because_the_coefficients_sum_to_one(double volumeFactor)
    {
        double[] values = IndicatorAssert.Feed(new T3MovingAverage(5, volumeFactor), Enumerable.Repeat(42.0, 60));

        Assert.All(values.Skip(24), v => Assert.Equal(42.0, v, tolerance: 1e-11));
    }

    [Fact]
    public void Has_TA_Libs_defaults()
    {
        var t3 = new T3MovingAverage();
        Assert.Equal(5, t3.Period);
        Assert.Equal(0.7, t3.VolumeFactor);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Rejects_a_volume_factor_outside_zero_to_one(double volumeFactor)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new T3MovingAverage(5, volumeFactor));
        Assert.Equal("volumeFactor", error.ParamName);
        Assert.Contains("[0, 1]", error.Message);
    }

    [Fact]
    public void Rejects_a_period_below_two()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new T3MovingAverage(1)).ParamName);
    }
}
