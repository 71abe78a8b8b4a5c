namespace OmniAlpha.Indicators.Tests.Momentum;

public sealed class WilliamsPercentRTests
{
    [Fact]
    public void Is_minus_one_hundred_times_the_distance_from_the_highest_high_over_the_range()
    {
        var willr = new WilliamsPercentR(3);
        var values = StochasticTests.Bars.Select(b => willr.Update(b.High, b.Low, b.Close)).ToArray();

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, -25, -25, -100, -300.0 / 7], values);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Stays_within_minus_one_hundred_and_zero_and_mirrors_fast_K(int seed)
    {
        var bars = RandomBars.Generate(seed, 1_000);
        var willr = new WilliamsPercentR(14);
        var stochastic = new StochasticFast(14, 1, MovingAverageType.Sma);
        for (int i = 0; i < bars.Count; i++)
        {
            double value = willr.Update(bars.High[i], bars.Low[i], bars.Close[i]);
            stochastic.Update(bars.High[i], bars.Low[i], bars.Close[i]);
            if (!willr.IsReady) continue;
            Assert.InRange(value, -100.0 - 1e-12, 0.0);
            Assert.Equal(stochastic.FastK - 100, value, tolerance: 1e-9);
        }
    }

    [Fact]
    public void Is_zero_when_the_window_has_no_range()
    {
        var willr = new WilliamsPercentR(2);
        willr.Update(5, 5, 5);
        Assert.Equal(0.0, willr.Update(5, 5, 5));
    }

    [Fact]
    public void A_NaN_input_gives_NaN_only_while_it_is_in_the_window()
    {
        var willr = new WilliamsPercentR(2);
        double[] values = [willr.Update(10, 8, 9), willr.Update(double.NaN, 8, 9), willr.Update(10, 8, 9), willr.Update(10, 8, 9)];

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, -50], values);
    }

    [Fact]
    public void Rejects_a_period_below_two()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new WilliamsPercentR(1)).ParamName);
    }
}
