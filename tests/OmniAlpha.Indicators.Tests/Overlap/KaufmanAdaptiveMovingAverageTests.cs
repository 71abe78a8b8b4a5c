namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class KaufmanAdaptiveMovingAverageTests
{
    private const double Fastest = 2.0 / 3;
    private const double Slowest = 2.0 / 31;

    [Fact]
    public void Starts_from_input_n_and_moves_by_the_squared_scaled_efficiency_ratio()
    {
        // KAMA(2) over 10, 11, 12, 11. Starts at 11 (input 2).
        // Input 3: changes |1|+|1| = 2, net 12-10 = 2, ER = 1, sc = (2/3)^2: 11 + 4/9 * (12 - 11).
        // Input 4: changes |11-12|+|12-11| = 2, net 11-11 = 0, ER = 0, sc = (2/31)^2: k + (11 - k) * 4/961.
        double first = 11 + Fastest * Fastest * (12 - 11);
        double second = first + (11 - first) * Slowest * Slowest;

        double[] values = IndicatorAssert.Feed(new KaufmanAdaptiveMovingAverage(2), [10, 11, 12, 11]);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, first, second], values, tolerance: 1e-14);
    }

    [Fact]
    public void Has_lookback_n()
    {
        var kama = new KaufmanAdaptiveMovingAverage(10);
        Assert.Equal(10, kama.Lookback);
        IndicatorAssert.BecomesReadyAt(kama, readyAt: 11, PriceSeries.RandomWalk(3, 30));
    }

    [Fact]
    public void Has_TA_Libs_default_period_of_thirty()
    {
        Assert.Equal(30, new KaufmanAdaptiveMovingAverage().Period);
    }

    [Fact]
    public void A_flat_market_counts_as_fully_efficient_and_keeps_the_level()
    {
        // No changes: TA-Lib's rule makes ER = 1 (sum of changes below 1e-14), so KAMA stays at the level.
        double[] values = IndicatorAssert.Feed(new KaufmanAdaptiveMovingAverage(3), Enumerable.Repeat(50.0, 20));

        Assert.All(values.Skip(3), v => Assert.Equal(50.0, v));
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Stays_within_the_range_of_the_inputs(int seed)
    {
        double[] prices = PriceSeries.RandomWalk(seed, 600);
        double[] values = IndicatorAssert.Feed(new KaufmanAdaptiveMovingAverage(10), prices);

        Assert.All(values.Skip(10), v => Assert.InRange(v, prices.Min() - 1e-9, prices.Max() + 1e-9));
    }

    [Fact]
    public void Rejects_a_period_below_two()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new KaufmanAdaptiveMovingAverage(1)).ParamName);
    }
}
