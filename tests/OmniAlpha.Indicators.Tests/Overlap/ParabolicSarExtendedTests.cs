namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class ParabolicSarExtendedTests
{
    [Fact]
    public void Is_the_SAR_with_a_negative_sign_while_short()
    {
        var sar = new ParabolicSarExtended();
        double[] values = ParabolicSarTests.Bars.Select(b => sar.Update(b.High, b.Low)).ToArray();

        IndicatorAssert.SeriesEqual([double.NaN, 9, 9.04, -12, -12, 7.5], values, tolerance: 1e-12);
    }

    [Fact]
    public void A_positive_start_value_starts_long_at_that_level()
    {
        var sar = new ParabolicSarExtended(startValue: 9.5);
        sar.Update(10, 9);

        Assert.Equal(9.5, sar.Update(11, 10));
        Assert.True(sar.IsLong);
    }

    [Fact]
    public void A_negative_start_value_starts_short_at_its_absolute_value()
    {
        var sar = new ParabolicSarExtended(startValue: -12);
        sar.Update(10, 9);

        Assert.Equal(-12, sar.Update(11, 10));
        Assert.False(sar.IsLong);
    }

    [Fact]
    public void The_offset_on_reverse_moves_the_new_SAR_away_from_the_price()
    {
        // Bar 4 reverses to short at 12; with a 1% offset the SAR is 12 * 1.01.
        var sar = new ParabolicSarExtended(offsetOnReverse: 0.01);
        double[] values = ParabolicSarTests.Bars.Take(4).Select(b => sar.Update(b.High, b.Low)).ToArray();

        Assert.Equal(-12.12, values[3], tolerance: 1e-12);
    }

    [Fact]
    public void With_equal_long_and_short_settings_its_magnitude_is_the_SAR()
    {
        var bars = OhlcvWalk.Create(23, 1_500);
        var extended = new ParabolicSarExtended(0, 0, 0.03, 0.03, 0.25, 0.03, 0.03, 0.25);
        var plain = new ParabolicSar(0.03, 0.25);
        for (int i = 0; i < bars.Count; i++)
        {
            double signed = extended.Update(bars.High[i], bars.Low[i]);
            double value = plain.Update(bars.High[i], bars.Low[i]);
            if (i == 0) continue;
            Assert.Equal(value, Math.Abs(signed));
            Assert.Equal(extended.IsLong, signed > 0);
        }
    }

    [Fact]
    public void Rejects_a_negative_acceleration_or_offset()
    {
        Assert.Equal("offsetOnReverse", Assert.Throws<ArgumentOutOfRangeException>(() => new ParabolicSarExtended(offsetOnReverse: -0.1)).ParamName);
        Assert.Equal("accelerationMaxShort", Assert.Throws<ArgumentOutOfRangeException>(() => new ParabolicSarExtended(accelerationMaxShort: -1)).ParamName);
        Assert.Equal("startValue", Assert.Throws<ArgumentOutOfRangeException>(() => new ParabolicSarExtended(startValue: double.NaN)).ParamName);
    }
}
