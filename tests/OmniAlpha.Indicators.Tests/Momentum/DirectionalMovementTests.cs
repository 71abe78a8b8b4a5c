namespace OmniAlpha.Indicators.Tests.Momentum;

/// <summary>
/// TA-Lib's ADX family on one hand-computed path, period 2. Bars (high, low, close): (10, 8, 9), (12, 9, 11), (11, 7, 8),
/// (14, 8, 13). Moves: +DM 2, 0, 3; −DM 0, 2, 0; true range 3, 4, 6. Wilder sums (seeded over n − 1 = 1 move, then
/// s − s/2 + x): +DM 2, 1, 3.5; −DM 0, 2, 1; TR 3, 5.5, 8.75.
/// </summary>
public sealed class DirectionalMovementTests
{
    private static readonly (double High, double Low, double Close)[] Bars = [(10, 8, 9), (12, 9, 11), (11, 7, 8), (14, 8, 13)];

    private static double[] Run(IBarIndicator indicator) =>
        [.. Bars.Select(b => indicator.Update(double.NaN, b.High, b.Low, b.Close, double.NaN))];

    [Fact]
    public void PLUS_DM_and_MINUS_DM_are_Wilder_sums_seeded_over_n_minus_one_moves()
    {
        IndicatorAssert.SeriesEqual([double.NaN, 2, 1, 3.5], Run(new PlusDirectionalMovement(2)), tolerance: 1e-12);
        IndicatorAssert.SeriesEqual([double.NaN, 0, 2, 1], Run(new MinusDirectionalMovement(2)), tolerance: 1e-12);
    }

    [Fact]
    public void PLUS_DI_and_MINUS_DI_are_one_hundred_times_the_movement_over_the_true_range()
    {
        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 100 / 5.5, 100 * 3.5 / 8.75], Run(new PlusDirectionalIndicator(2)), tolerance: 1e-12);
        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 200 / 5.5, 100 / 8.75], Run(new MinusDirectionalIndicator(2)), tolerance: 1e-12);
    }

    [Fact]
    public void DX_ADX_and_ADXR_follow_from_the_directional_indicators()
    {
        // DX = 100 |−DI − +DI| / (−DI + +DI): 100/3, then 500/9. ADX(2) = mean of the first two DX values.
        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 100.0 / 3, 500.0 / 9], Run(new DirectionalMovementIndex(2)), tolerance: 1e-12);
        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, 400.0 / 9], Run(new AverageDirectionalIndex(2)), tolerance: 1e-12);
        Assert.Equal(4, new AverageDirectionalIndexRating(2).Lookback);
    }

    [Fact]
    public void With_period_one_the_DM_is_raw_and_the_DI_is_TA_Libs_unscaled_ratio()
    {
        IndicatorAssert.SeriesEqual([double.NaN, 2, 0, 3], Run(new PlusDirectionalMovement(1)), tolerance: 0);
        IndicatorAssert.SeriesEqual([double.NaN, 2.0 / 3, 0, 0.5], Run(new PlusDirectionalIndicator(1)), tolerance: 1e-15);
        IndicatorAssert.SeriesEqual([double.NaN, 0, 0.5, 0], Run(new MinusDirectionalIndicator(1)), tolerance: 1e-15);
        Assert.Equal(1, new MinusDirectionalMovement(1).Lookback);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void DX_is_computed_from_the_two_DI_lines_and_everything_stays_within_zero_and_one_hundred(int seed)
    {
        var bars = RandomBars.Generate(seed, 1_000);
        var plus = new PlusDirectionalIndicator(14);
        var minus = new MinusDirectionalIndicator(14);
        var dx = new DirectionalMovementIndex(14);
        var adx = new AverageDirectionalIndex(14);
        var adxr = new AverageDirectionalIndexRating(14);
        var adxHistory = new List<double>();
        for (int i = 0; i < bars.Count; i++)
        {
            double p = plus.Update(bars.High[i], bars.Low[i], bars.Close[i]);
            double m = minus.Update(bars.High[i], bars.Low[i], bars.Close[i]);
            double d = dx.Update(bars.High[i], bars.Low[i], bars.Close[i]);
            double a = adx.Update(bars.High[i], bars.Low[i], bars.Close[i]);
            double r = adxr.Update(bars.High[i], bars.Low[i], bars.Close[i]);
            adxHistory.Add(a);
            if (dx.IsReady)
            {
                Assert.Equal(100 * Math.Abs(p - m) / (p + m), d, tolerance: 1e-9);
                Assert.InRange(p, 0.0, 100.0);
                Assert.InRange(m, 0.0, 100.0);
                Assert.InRange(d, 0.0, 100.0);
            }
            if (adx.IsReady) Assert.InRange(a, 0.0, 100.0);
            if (adxr.IsReady) Assert.Equal((a + adxHistory[i - 13]) / 2, r);
        }
    }

    [Fact]
    public void A_steady_rise_has_no_minus_movement_and_full_directional_strength()
    {
        var minus = new MinusDirectionalIndicator(3);
        var adx = new AverageDirectionalIndex(3);
        for (int i = 0; i < 20; i++)
        {
            minus.Update(11 + i, 10 + i, 10.5 + i);
            adx.Update(11 + i, 10 + i, 10.5 + i);
        }

        Assert.Equal(0.0, minus.Value);
        Assert.Equal(100.0, adx.Value, 12);
    }

    [Fact]
    public void DX_starts_at_zero_when_bars_range_but_never_move_directionally()
    {
        // Identical bars: true range 2 each bar, no +DM or -DM, so the DI sum is zero and TA-Lib reports 0.
        var dx = new DirectionalMovementIndex(2);
        var adx = new AverageDirectionalIndex(2);
        for (int i = 0; i < 6; i++)
        {
            dx.Update(10, 8, 9);
            adx.Update(10, 8, 9);
        }

        Assert.Equal(0.0, dx.Value);
        Assert.Equal(0.0, adx.Value);
    }

    [Fact]
    public void A_NaN_input_makes_every_later_value_NaN()
    {
        var adx = new AverageDirectionalIndex(2);
        adx.Update(10, 8, 9);
        adx.Update(double.NaN, 8, 9);
        for (int i = 0; i < 10; i++) adx.Update(11 + i, 10 + i, 10.5 + i);

        Assert.True(double.IsNaN(adx.Value));
    }

    [Fact]
    public void Periods_below_TA_Lib_minimum_are_rejected()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new AverageDirectionalIndex(1)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new AverageDirectionalIndexRating(1)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new DirectionalMovementIndex(1)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new PlusDirectionalIndicator(0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new MinusDirectionalIndicator(0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new PlusDirectionalMovement(0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new MinusDirectionalMovement(0)).ParamName);
    }
}
