namespace OmniAlpha.Indicators.Tests.Statistics;

/// <summary>LINEARREG, LINEARREG_SLOPE, LINEARREG_INTERCEPT, LINEARREG_ANGLE and TSF: one least-squares fit, five readings.</summary>
public sealed class LinearRegressionTests
{
    // y = 2t + 1 for t = 0..5: every window of 4 lies on a line of slope 2.
    private static readonly double[] Line = [1, 3, 5, 7, 9, 11];

    [Fact]
    public void On_a_straight_line_give_its_slope_and_its_values_now_at_the_window_start_and_one_bar_ahead()
    {
        double[] now = IndicatorAssert.Feed(new LinearRegression(4), Line);
        double[] slope = IndicatorAssert.Feed(new LinearRegressionSlope(4), Line);
        double[] start = IndicatorAssert.Feed(new LinearRegressionIntercept(4), Line);
        double[] ahead = IndicatorAssert.Feed(new TimeSeriesForecast(4), Line);
        double[] angle = IndicatorAssert.Feed(new LinearRegressionAngle(4), Line);
        double[] notReady = [double.NaN, double.NaN, double.NaN];

        IndicatorAssert.SeriesEqual([.. notReady, 7, 9, 11], now, tolerance: 1e-12);
        IndicatorAssert.SeriesEqual([.. notReady, 2, 2, 2], slope, tolerance: 1e-12);
        IndicatorAssert.SeriesEqual([.. notReady, 1, 3, 5], start, tolerance: 1e-12);
        IndicatorAssert.SeriesEqual([.. notReady, 9, 11, 13], ahead, tolerance: 1e-12);
        double degrees = Math.Atan(2) * 180 / Math.PI; // 63.43 degrees, not radians
        IndicatorAssert.SeriesEqual([.. notReady, degrees, degrees, degrees], angle, tolerance: 1e-10);
    }

    [Fact]
    public void Fit_the_least_squares_line_of_a_small_hand_worked_window()
    {
        // Window 2, 4, 3 at t = 0, 1, 2: slope = sum((t-1)(y-3))/sum((t-1)^2) = (-1*-1 + 1*0)/2 = 0.5;
        // intercept at t = 0: 3 - 0.5 = 2.5; value now: 2.5 + 2*0.5 = 3.5; forecast: 4.
        Assert.Equal(0.5, IndicatorAssert.Feed(new LinearRegressionSlope(3), [2, 4, 3])[2], 1e-12);
        Assert.Equal(2.5, IndicatorAssert.Feed(new LinearRegressionIntercept(3), [2, 4, 3])[2], 1e-12);
        Assert.Equal(3.5, IndicatorAssert.Feed(new LinearRegression(3), [2, 4, 3])[2], 1e-12);
        Assert.Equal(4.0, IndicatorAssert.Feed(new TimeSeriesForecast(3), [2, 4, 3])[2], 1e-12);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Running_sums_match_a_fresh_least_squares_fit_of_every_window(int seed)
    {
        double[] prices = PriceSeries.RandomWalk(seed, 3_000);
        double[] slope = IndicatorAssert.Feed(new LinearRegressionSlope(14), prices);
        double[] now = IndicatorAssert.Feed(new LinearRegression(14), prices);

        for (int i = 13; i < prices.Length; i++)
        {
            double meanT = 6.5, meanY = prices[(i - 13)..(i + 1)].Average(), sxy = 0, sxx = 0;
            for (int t = 0; t < 14; t++)
            {
                sxy += (t - meanT) * (prices[i - 13 + t] - meanY);
                sxx += (t - meanT) * (t - meanT);
            }
            double m = sxy / sxx;
            Assert.Equal(m, slope[i], tolerance: 1e-9);
            Assert.Equal(meanY + m * (13 - meanT), now[i], tolerance: 1e-8);
        }
    }

    [Fact]
    public void Fit_long_periods_correctly_where_TA_Libs_integer_arithmetic_overflows()
    {
        // TA-Lib 1.1.6 returns -1.294... for LINEARREG_SLOPE(1500) of y = 2t + 1 (its n(n-1)(2n-1)/6 overflows an int).
        double[] line = [.. Enumerable.Range(0, 1_600).Select(t => 2.0 * t + 1)];

        Assert.Equal(2.0, IndicatorAssert.Feed(new LinearRegressionSlope(1_500), line)[^1], 1e-9);
        Assert.Equal(line[^1], IndicatorAssert.Feed(new LinearRegression(1_500), line)[^1], 1e-6);
    }

    [Fact]
    public void Have_TA_Libs_default_period_and_lookback()
    {
        Assert.Equal((14, 13), (new LinearRegression().Period, new LinearRegression().Lookback));
        Assert.Equal(13, new TimeSeriesForecast().Lookback);
    }

    [Fact]
    public void Reject_a_period_below_two()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new LinearRegression(1)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new LinearRegressionSlope(1)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new LinearRegressionIntercept(1)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new LinearRegressionAngle(1)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new TimeSeriesForecast(1)).ParamName);
    }

    [Fact]
    public void A_NaN_input_makes_every_later_value_NaN()
    {
        double[] values = IndicatorAssert.Feed(new LinearRegression(3), [1, 2, 3, double.NaN, 5, 6, 7, 8]);

        Assert.Equal(3, values[2], 1e-12);
        Assert.All(values.Skip(3), v => Assert.True(double.IsNaN(v)));
    }
}
