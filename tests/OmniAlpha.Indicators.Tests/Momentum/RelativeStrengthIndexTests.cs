using OmniAlpha.Indicators;

namespace OmniAlpha.Indicators.Tests.Momentum;

public sealed class RelativeStrengthIndexTests
{
    [Fact]
    public void Uses_Wilder_smoothing_seeded_with_the_mean_of_the_first_n_changes()
    {
        // Changes +1 -1 +2 | +1 -1. Seed: avgGain = 3/3 = 1, avgLoss = 1/3, RSI = 100 * 1 / (4/3) = 75.
        // Then avgGain = (1*2 + 1)/3 = 1, avgLoss = (1/3*2 + 0)/3 = 2/9, RSI = 900/11;
        // then avgGain = (1*2 + 0)/3 = 2/3, avgLoss = (2/9*2 + 1)/3 = 13/27, RSI = 1800/31.
        var rsi = new RelativeStrengthIndex(3);

        double[] values = IndicatorAssert.Feed(rsi, [10, 11, 10, 12, 13, 12]);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, 75, 900.0 / 11, 1800.0 / 31], values, tolerance: 1e-12);
    }

    [Fact]
    public void Becomes_ready_at_input_n_plus_one_and_reports_NaN_before()
    {
        IndicatorAssert.BecomesReadyAt(new RelativeStrengthIndex(3), readyAt: 4, [10, 11, 10, 12, 13, 12]);
    }

    [Fact]
    public void Has_a_default_period_of_fourteen()
    {
        Assert.Equal(14, new RelativeStrengthIndex().Period);
    }

    [Fact]
    public void Is_zero_when_there_is_no_movement()
    {
        var rsi = new RelativeStrengthIndex(3);

        double[] values = IndicatorAssert.Feed(rsi, [5, 5, 5, 5, 5, 5]);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, 0, 0, 0], values, tolerance: 0);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(14)]
    public void Is_one_hundred_for_strictly_rising_input(int period)
    {
        var rsi = new RelativeStrengthIndex(period);

        double[] values = IndicatorAssert.Feed(rsi, Enumerable.Range(1, 60).Select(i => 100.0 + i * 0.25));

        Assert.All(values.Skip(period), v => Assert.Equal(100.0, v));
    }

    [Fact]
    public void Is_zero_for_strictly_falling_input()
    {
        var rsi = new RelativeStrengthIndex(14);

        double[] values = IndicatorAssert.Feed(rsi, Enumerable.Range(1, 60).Select(i => 100.0 - i * 0.25));

        Assert.All(values.Skip(14), v => Assert.Equal(0.0, v));
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Stays_within_zero_and_one_hundred(int seed)
    {
        var rsi = new RelativeStrengthIndex(14);

        double[] values = IndicatorAssert.Feed(rsi, PriceSeries.RandomWalk(seed, 1_000));

        Assert.All(values.Skip(14), v => Assert.InRange(v, 0.0, 100.0));
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Of_a_mirrored_series_is_one_hundred_minus_the_original(int seed)
    {
        double[] prices = PriceSeries.RandomWalk(seed, 300);
        var original = new RelativeStrengthIndex(14);
        var mirrored = new RelativeStrengthIndex(14);

        for (int i = 0; i < prices.Length; i++)
        {
            double up = original.Update(prices[i]);
            double down = mirrored.Update(-prices[i]);
            if (original.IsReady) Assert.Equal(100.0 - up, down, tolerance: 1e-9);
        }
    }

    [Fact]
    public void Reset_forgets_all_inputs_including_the_previous_close()
    {
        var rsi = new RelativeStrengthIndex(3);
        IndicatorAssert.Feed(rsi, [50, 40, 30, 20, 10]);

        rsi.Reset();

        Assert.False(rsi.IsReady);
        Assert.Equal(0, rsi.Samples);
        Assert.True(double.IsNaN(rsi.Value));
        IndicatorAssert.SeriesEqual(
            [double.NaN, double.NaN, double.NaN, 75, 900.0 / 11, 1800.0 / 31],
            IndicatorAssert.Feed(rsi, [10, 11, 10, 12, 13, 12]), tolerance: 1e-12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-14)]
    public void Rejects_a_period_below_two(int period)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RelativeStrengthIndex(period));
        Assert.Equal("period", error.ParamName);
    }
}
