namespace OmniAlpha.Indicators.Tests.Statistics;

public sealed class BetaTests
{
    [Fact]
    public void Is_the_slope_of_the_second_series_returns_on_the_first_series_returns()
    {
        // Returns of x: +10%, -5%, +20%; y moves twice as much: +20%, -10%, +40%. Beta = 2.
        double[] x = [100, 110, 104.5, 125.4];
        double[] y = [50, 60, 54, 75.6];
        var beta = new Beta(3);
        double[] values = x.Select((p, i) => beta.Update(p, y[i])).ToArray();

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, 2.0], values, tolerance: 1e-9);
    }

    [Fact]
    public void Matches_a_hand_worked_window_of_returns()
    {
        // x returns 0.1, 0, -0.1 (mean 0); y returns 0, 0.1, 0 (mean 1/30): cov = (0.1*(-1/30) + 0 + (-0.1)(-1/30))/3 = 0.
        var beta = new Beta(3);
        beta.Update(100, 100);
        beta.Update(110, 100);
        beta.Update(110, 110);

        Assert.Equal(0.0, beta.Update(99, 110), 1e-12);
    }

    [Fact]
    public void Counts_the_return_from_a_zero_price_as_zero_and_is_zero_when_the_first_series_does_not_move()
    {
        var beta = new Beta(2);
        beta.Update(0, 1);
        beta.Update(5, 2);                 // x return from 0: counted as 0
        Assert.Equal(0.0, beta.Update(5, 3)); // x returns 0, 0: no variation, beta 0
    }

    [Fact]
    public void Has_TA_Libs_default_period_lookback_n_and_rejects_a_period_below_one()
    {
        Assert.Equal((5, 5), (new Beta().Period, new Beta().Lookback));
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new Beta(0)).ParamName);
    }
}
