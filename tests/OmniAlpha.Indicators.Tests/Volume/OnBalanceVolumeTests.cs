namespace OmniAlpha.Indicators.Tests.Volume;

public sealed class OnBalanceVolumeTests
{
    [Fact]
    public void Starts_at_the_first_volume_and_adds_or_subtracts_volume_with_the_price_direction()
    {
        var obv = new OnBalanceVolume();

        double[] values = [obv.Update(10, 100), obv.Update(11, 200), obv.Update(11, 300), obv.Update(9, 400)];

        Assert.Equal([100.0, 300, 300, -100], values);
        Assert.Equal(0, obv.Lookback);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Changes_by_plus_or_minus_the_volume_or_not_at_all(int seed)
    {
        var bars = Momentum.RandomBars.Generate(seed, 500);
        var obv = new OnBalanceVolume();
        double previous = obv.Update(bars.Close[0], bars.Volume[0]);
        for (int i = 1; i < bars.Count; i++)
        {
            double value = obv.Update(bars.Close[i], bars.Volume[i]);
            double expected = previous + Math.Sign(bars.Close[i] - bars.Close[i - 1]) * bars.Volume[i];
            Assert.Equal(expected, value);
            previous = value;
        }
    }

    [Fact]
    public void As_a_bar_indicator_uses_the_close()
    {
        IBarIndicator obv = new OnBalanceVolume();
        obv.Update(1, 12, 8, 10, 100);
        Assert.Equal(350.0, obv.Update(1, 12, 8, 11, 250));
    }

    [Fact]
    public void A_NaN_volume_makes_every_later_value_NaN()
    {
        var obv = new OnBalanceVolume();
        obv.Update(10, 100);
        obv.Update(11, double.NaN);
        Assert.True(double.IsNaN(obv.Update(12, 100)));
    }
}
