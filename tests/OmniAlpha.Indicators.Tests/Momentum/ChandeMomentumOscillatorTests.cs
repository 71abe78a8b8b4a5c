namespace OmniAlpha.Indicators.Tests.Momentum;

public sealed class ChandeMomentumOscillatorTests
{
    [Fact]
    public void Uses_Wilder_averages_of_gains_and_losses_seeded_over_the_first_n_changes()
    {
        // Changes +1 -1 | +2 -3. Seed: gain 0.5, loss 0.5 -> 0. Then gain (0.5 + 2)/2 = 1.25, loss 0.25 -> 100 * 1/1.5;
        // then gain 0.625, loss (0.25 + 3)/2 = 1.625 -> 100 * -1/2.25.
        var cmo = new ChandeMomentumOscillator(2);

        double[] values = IndicatorAssert.Feed(cmo, [10, 11, 10, 12, 9]);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 0, 200.0 / 3, -400.0 / 9], values, tolerance: 1e-12);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Is_two_RSI_minus_one_hundred_and_stays_within_plus_minus_one_hundred(int seed)
    {
        var cmo = new ChandeMomentumOscillator(14);
        var rsi = new RelativeStrengthIndex(14);

        foreach (double price in PriceSeries.RandomWalk(seed, 1_000))
        {
            double value = cmo.Update(price);
            double strength = rsi.Update(price);
            if (!cmo.IsReady) continue;
            Assert.InRange(value, -100.0, 100.0);
            Assert.Equal(2 * strength - 100, value, tolerance: 1e-9);
        }
    }

    [Fact]
    public void Is_zero_when_nothing_moves()
    {
        Assert.Equal(0.0, IndicatorAssert.Feed(new ChandeMomentumOscillator(3), [5, 5, 5, 5, 5])[^1]);
    }

    [Fact]
    public void A_NaN_input_makes_every_later_value_NaN()
    {
        double[] values = IndicatorAssert.Feed(new ChandeMomentumOscillator(2), [1, 2, 3, double.NaN, 4, 5, 6]);

        Assert.False(double.IsNaN(values[2]));
        Assert.All(values[3..], v => Assert.True(double.IsNaN(v)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void Rejects_a_period_below_two(int period)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ChandeMomentumOscillator(period));
        Assert.Equal("period", error.ParamName);
    }
}
