namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class ParabolicSarTests
{
    // (high, low) bars worked by hand with acceleration 0.02, maximum 0.2:
    // bar 2: minus-DM 0 (the low rose), so long; SAR starts at bar 1's low 9, extreme 11. Value 9; next 9 + 0.02(11-9) = 9.04.
    // bar 3: value 9.04; new high 12, af 0.04: 9.04 + 0.04(12-9.04) = 9.1584.
    // bar 4: low 8 <= 9.1584: reverse to short at the extreme 12; value 12; next 12 + 0.02(8-12) = 11.92, raised to the
    //        previous high 12.
    // bar 5: value 12; new low 7.5, af 0.04: 12 + 0.04(7.5-12) = 11.82.
    // bar 6: high 11.9 >= 11.82: reverse to long at the extreme 7.5; value 7.5.
    internal static readonly (double High, double Low)[] Bars = [(10, 9), (11, 10), (12, 11), (11.5, 8), (11, 7.5), (11.9, 9)];

    [Fact]
    public void Follows_Wilders_rules_from_TA_Libs_start()
    {
        var sar = new ParabolicSar();
        double[] values = Bars.Select(b => sar.Update(b.High, b.Low)).ToArray();

        IndicatorAssert.SeriesEqual([double.NaN, 9, 9.04, 12, 12, 7.5], values, tolerance: 1e-12);
        Assert.True(sar.IsLong);
    }

    [Fact]
    public void Starts_short_when_the_second_bars_low_falls_more_than_its_high_rises()
    {
        // Bar 2: high -0.2, low -0.5: minus-DM 0.5 > 0, so short; the SAR starts at bar 1's high.
        var sar = new ParabolicSar();
        sar.Update(10, 9);

        Assert.Equal(10, sar.Update(9.8, 8.5));
        Assert.False(sar.IsLong);
    }

    [Fact]
    public void Stays_below_the_lows_while_long_and_above_the_highs_while_short()
    {
        var bars = OhlcvWalk.Create(17, 2_000);
        var sar = new ParabolicSar();
        for (int i = 0; i < bars.Count; i++)
        {
            double value = sar.Update(bars.High[i], bars.Low[i]);
            if (i == 0) continue;
            // The reported stop never lies inside the bar it is reported for, on the side the trend is on.
            if (sar.IsLong) Assert.True(value <= bars.Low[i], $"bar {i}: long SAR {value} above the low {bars.Low[i]}");
            else Assert.True(value >= bars.High[i], $"bar {i}: short SAR {value} below the high {bars.High[i]}");
        }
    }

    [Fact]
    public void Has_TA_Libs_defaults_and_lookback_one()
    {
        var sar = new ParabolicSar();
        Assert.Equal((0.02, 0.2, 1), (sar.Acceleration, sar.Maximum, sar.Lookback));
    }

    [Theory]
    [InlineData(-0.01, 0.2, "acceleration")]
    [InlineData(0.02, -1, "maximum")]
    [InlineData(double.NaN, 0.2, "acceleration")]
    public void Rejects_negative_or_missing_accelerations(double acceleration, double maximum, string parameter)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new ParabolicSar(acceleration, maximum)).ParamName);
    }
}
