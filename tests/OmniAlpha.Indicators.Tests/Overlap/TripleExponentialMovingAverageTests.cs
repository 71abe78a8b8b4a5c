namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class TripleExponentialMovingAverageTests
{
    [Fact]
    public void Is_three_EMA_minus_three_EMA2_plus_EMA3_and_follows_a_straight_line_without_lag()
    {
        // TEMA(2): e1 = 1.5, 2.5, 3.5, 4.5; e2 = 2, 3, 4; e3 = 2.5, 3.5.
        // 3*3.5 - 3*3 + 2.5 = 4; 3*4.5 - 3*4 + 3.5 = 5.
        var tema = new TripleExponentialMovingAverage(2);

        double[] values = IndicatorAssert.Feed(tema, [1, 2, 3, 4, 5]);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, 4, 5], values, tolerance: 1e-14);
    }

    [Fact]
    public void Has_lookback_three_times_n_minus_one()
    {
        var tema = new TripleExponentialMovingAverage(4);
        Assert.Equal(9, tema.Lookback);
        IndicatorAssert.BecomesReadyAt(tema, readyAt: 10, PriceSeries.RandomWalk(2, 20));
    }

    [Fact]
    public void Of_a_constant_is_the_constant()
    {
        double[] values = IndicatorAssert.Feed(new TripleExponentialMovingAverage(6), Enumerable.Repeat(77.7, 80));

        Assert.All(values.Skip(15), v => Assert.Equal(77.7, v, tolerance: 1e-11));
    }

    [Fact]
    public void Rejects_a_period_below_two()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new TripleExponentialMovingAverage(0)).ParamName);
    }
}
