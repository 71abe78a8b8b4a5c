namespace OmniAlpha.Indicators.Tests.Momentum;

public sealed class BalanceOfPowerTests
{
    [Fact]
    public void Is_the_body_over_the_range_of_each_bar()
    {
        var bop = new BalanceOfPower();

        Assert.Equal(0.25, bop.Update(10, 12, 8, 11));
        Assert.Equal(-1.0, bop.Update(12, 12, 8, 8));
        Assert.Equal(0, bop.Lookback);
    }

    [Fact]
    public void Is_zero_for_a_bar_without_range()
    {
        Assert.Equal(0.0, new BalanceOfPower().Update(10, 10, 10, 10));
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Stays_within_minus_one_and_one(int seed)
    {
        var bars = RandomBars.Generate(seed, 500);
        var bop = new BalanceOfPower();
        for (int i = 0; i < bars.Count; i++) Assert.InRange(bop.Update(bars.Open[i], bars.High[i], bars.Low[i], bars.Close[i]), -1.0, 1.0);
    }

    [Fact]
    public void A_NaN_input_gives_NaN_for_that_bar_only()
    {
        var bop = new BalanceOfPower();
        Assert.True(double.IsNaN(bop.Update(double.NaN, 12, 8, 11)));
        Assert.Equal(0.25, bop.Update(10, 12, 8, 11));
    }
}
