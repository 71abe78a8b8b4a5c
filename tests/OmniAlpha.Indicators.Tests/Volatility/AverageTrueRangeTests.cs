namespace OmniAlpha.Indicators.Tests.Volatility;

public sealed class AverageTrueRangeTests
{
    private static readonly (double High, double Low, double Close)[] Bars =
        [(11, 9, 10), (11.5, 9.5, 11), (15, 14, 14.5), (9, 8, 8.5), (10, 8, 9)];

    [Fact]
    public void Is_seeded_with_the_mean_of_the_first_n_true_ranges_then_smoothed_by_Wilder()
    {
        // True ranges 2, 4, 6.5, 2. ATR(3): (2 + 4 + 6.5)/3 = 25/6 at bar 4, then (25/6 * 2 + 2)/3 = 31/9.
        var atr = new AverageTrueRange(3);
        double[] values = Bars.Select(b => atr.Update(b.High, b.Low, b.Close)).ToArray();

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, 25.0 / 6, 31.0 / 9], values, tolerance: 1e-14);
    }

    [Fact]
    public void Of_period_one_is_the_true_range()
    {
        var atr = new AverageTrueRange(1);
        double[] values = Bars.Select(b => atr.Update(b.High, b.Low, b.Close)).ToArray();

        IndicatorAssert.SeriesEqual([double.NaN, 2, 4, 6.5, 2], values, tolerance: 0);
    }

    [Fact]
    public void Has_TA_Libs_default_period_and_lookback_n()
    {
        var atr = new AverageTrueRange();
        Assert.Equal((14, 14), (atr.Period, atr.Lookback));
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Is_never_negative(int seed)
    {
        var bars = OhlcvWalk.Create(seed, 800);
        var atr = new AverageTrueRange(14);
        for (int i = 0; i < bars.Count; i++)
        {
            double value = atr.Update(bars.High[i], bars.Low[i], bars.Close[i]);
            if (atr.IsReady) Assert.True(value >= 0);
        }
    }

    [Fact]
    public void Rejects_a_period_below_one()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new AverageTrueRange(0)).ParamName);
    }
}
