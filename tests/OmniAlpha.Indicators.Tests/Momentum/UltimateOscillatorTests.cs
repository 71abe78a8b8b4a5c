namespace OmniAlpha.Indicators.Tests.Momentum;

public sealed class UltimateOscillatorTests
{
    [Fact]
    public void Weights_the_short_medium_and_long_pressure_ratios_four_two_one()
    {
        // Buying pressure / true range per bar: 1/2, 0/2, 3/4, 0/2. Periods 1, 2, 3.
        // Bar 4: A1 = 3/4, A2 = 3/6, A3 = 4/8 -> 100 (3 + 1 + 0.5) / 7; bar 5: A1 = 0, A2 = 3/6, A3 = 3/8.
        var ultosc = new UltimateOscillator(1, 2, 3);

        double[] values = [ultosc.Update(10, 9, 10), ultosc.Update(12, 10, 11), ultosc.Update(11, 9, 9), ultosc.Update(13, 10, 12), ultosc.Update(13, 11, 11)];

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, 450.0 / 7, 137.5 / 7], values);
    }

    [Fact]
    public void Accepts_the_periods_in_any_order()
    {
        var bars = RandomBars.Generate(6, 200);
        var sorted = new UltimateOscillator(7, 14, 28);
        var shuffled = new UltimateOscillator(28, 7, 14);
        for (int i = 0; i < bars.Count; i++)
            Assert.Equal(sorted.Update(bars.High[i], bars.Low[i], bars.Close[i]), shuffled.Update(bars.High[i], bars.Low[i], bars.Close[i]));
        Assert.Equal((7, 14, 28), (shuffled.ShortPeriod, shuffled.MediumPeriod, shuffled.LongPeriod));
    }

    [Fact]
    public void Is_one_hundred_when_every_bar_closes_at_its_high_above_the_previous_close()
    {
        var ultosc = new UltimateOscillator(2, 3, 4);
        double value = double.NaN;
        for (int i = 0; i < 10; i++) value = ultosc.Update(11 + i, 10 + i, 11 + i);

        Assert.Equal(100.0, value, 12);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Stays_within_zero_and_one_hundred(int seed)
    {
        var bars = RandomBars.Generate(seed, 800);
        var ultosc = new UltimateOscillator();
        for (int i = 0; i < bars.Count; i++)
        {
            double value = ultosc.Update(bars.High[i], bars.Low[i], bars.Close[i]);
            if (ultosc.IsReady) Assert.InRange(value, 0.0, 100.0);
        }
    }

    [Fact]
    public void A_NaN_input_makes_every_later_value_NaN()
    {
        var ultosc = new UltimateOscillator(1, 2, 3);
        ultosc.Update(10, 9, 10);
        ultosc.Update(double.NaN, 9, 10);
        for (int i = 0; i < 8; i++) ultosc.Update(11 + i, 10 + i, 11 + i);

        Assert.True(double.IsNaN(ultosc.Value));
    }

    [Theory]
    [InlineData(0, 14, 28, "period1")]
    [InlineData(7, 0, 28, "period2")]
    [InlineData(7, 14, 0, "period3")]
    public void Rejects_periods_below_one(int period1, int period2, int period3, string parameter)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new UltimateOscillator(period1, period2, period3)).ParamName);
    }
}
