namespace OmniAlpha.Indicators.Tests.Momentum;

public sealed class TrixTests
{
    [Fact]
    public void Is_the_one_period_rate_of_change_of_a_triple_EMA()
    {
        // Period 2 (alpha 2/3) over 1..6: EMA1 = 1.5, 2.5, 3.5, 4.5, 5.5; EMA2 = 2, 3, 4, 5; EMA3 = 2.5, 3.5, 4.5.
        double[] values = IndicatorAssert.Feed(new Trix(2), [1, 2, 3, 4, 5, 6]);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, double.NaN, 40, 100.0 * (4.5 / 3.5 - 1)], values, tolerance: 1e-12);
    }

    [Fact]
    public void With_period_one_is_the_one_period_rate_of_change_of_the_input()
    {
        double[] prices = PriceSeries.RandomWalk(5, 50);

        double[] trix = IndicatorAssert.Feed(new Trix(1), prices);
        double[] roc = IndicatorAssert.Feed(new RateOfChange(1), prices);

        IndicatorAssert.SeriesEqual(roc, trix, tolerance: 1e-12);
    }

    [Fact]
    public void Has_lookback_three_times_period_minus_one_plus_one()
    {
        Assert.Equal(88, new Trix().Lookback);
    }

    [Fact]
    public void A_NaN_input_makes_every_later_value_NaN()
    {
        double[] values = IndicatorAssert.Feed(new Trix(1), [1, 2, double.NaN, 4, 5]);

        Assert.Equal(100.0, values[1]);
        Assert.All(values[2..], v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void Rejects_a_period_below_one()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new Trix(0)).ParamName);
    }
}
