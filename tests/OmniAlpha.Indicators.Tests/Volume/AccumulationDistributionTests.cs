namespace OmniAlpha.Indicators.Tests.Volume;

/// <summary>AD and ADOSC.</summary>
public sealed class AccumulationDistributionTests
{
    // Money flow per bar: ((3) - (1)) / 4 x 100 = 50; no range -> 0; ((0) - (4)) / 4 x 10 = -10. Line: 50, 50, 40.
    private static readonly (double High, double Low, double Close, double Volume)[] Bars = [(12, 8, 11, 100), (10, 10, 10, 50), (10, 6, 6, 10)];

    [Fact]
    public void AD_accumulates_the_close_location_times_volume_skipping_bars_without_range()
    {
        var ad = new AccumulationDistribution();

        double[] values = [.. Bars.Select(b => ad.Update(b.High, b.Low, b.Close, b.Volume))];

        Assert.Equal([50.0, 50, 40], values);
    }

    [Fact]
    public void ADOSC_is_the_difference_of_two_EMAs_of_the_line_started_at_its_first_value()
    {
        // Fast k = 2/3, slow k = 1/2, both start at 50. Bar 3: fast = 2/3 40 + 1/3 50, slow = 45.
        var adosc = new ChaikinOscillator(2, 3);

        double[] values = [.. Bars.Select(b => adosc.Update(b.High, b.Low, b.Close, b.Volume))];

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, (2.0 / 3 * 40 + 50.0 / 3) - 45], values, tolerance: 1e-12);
        Assert.Equal(2, adosc.Lookback);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void ADOSC_with_the_periods_exchanged_is_the_negative(int seed)
    {
        var bars = Momentum.RandomBars.Generate(seed, 300);
        var forward = new ChaikinOscillator(3, 10);
        var backward = new ChaikinOscillator(10, 3);
        for (int i = 0; i < bars.Count; i++)
        {
            double a = forward.Update(bars.High[i], bars.Low[i], bars.Close[i], bars.Volume[i]);
            double b = backward.Update(bars.High[i], bars.Low[i], bars.Close[i], bars.Volume[i]);
            if (forward.IsReady) Assert.Equal(-a, b);
        }
    }

    [Fact]
    public void A_NaN_input_makes_every_later_value_NaN()
    {
        var ad = new AccumulationDistribution();
        ad.Update(12, 8, 11, double.NaN);
        Assert.True(double.IsNaN(ad.Update(12, 8, 11, 100)));
    }

    [Fact]
    public void ADOSC_rejects_periods_below_two()
    {
        Assert.Equal("fastPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => new ChaikinOscillator(1, 10)).ParamName);
        Assert.Equal("slowPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => new ChaikinOscillator(3, 1)).ParamName);
    }
}
