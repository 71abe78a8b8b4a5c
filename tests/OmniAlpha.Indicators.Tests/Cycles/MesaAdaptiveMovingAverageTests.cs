using OmniAlpha.Indicators.Catalog;

namespace OmniAlpha.Indicators.Tests.Cycles;

public sealed class MesaAdaptiveMovingAverageTests
{
    [Fact]
    public void Defaults_are_TA_Lib_s_and_the_value_is_the_MAMA_line()
    {
        var mama = new MesaAdaptiveMovingAverage();
        double[] prices = PriceSeries.RandomWalk(3, 100);

        double returned = IndicatorAssert.Feed(mama, prices)[^1];

        Assert.Equal(0.5, mama.FastLimit);
        Assert.Equal(0.05, mama.SlowLimit);
        Assert.Equal(32, mama.Lookback);
        Assert.Equal(mama.Mama, returned);
        Assert.Equal(mama.Mama, mama.Value);
        Assert.Equal(mama.Fama, mama.GetOutput(1));
    }

    [Fact]
    public void A_faster_limit_follows_a_jump_sooner()
    {
        double[] jump = [.. Enumerable.Repeat(100.0, 60), .. Enumerable.Repeat(110.0, 5)];
        var fast = new MesaAdaptiveMovingAverage(0.9, 0.05);
        var slow = new MesaAdaptiveMovingAverage(0.2, 0.05);

        IndicatorAssert.Feed(fast, jump);
        IndicatorAssert.Feed(slow, jump);

        Assert.True(fast.Mama > slow.Mama, $"fast {fast.Mama} should be nearer 110 than slow {slow.Mama}");
        Assert.True(fast.Fama < fast.Mama, "FAMA lags MAMA on the way up");
    }

    [Theory]
    [InlineData(0.0, 0.05)]
    [InlineData(1.0, 0.05)]
    [InlineData(0.5, 0.005)]
    [InlineData(0.5, 0.995)]
    [InlineData(double.NaN, 0.05)]
    [InlineData(0.5, double.NaN)]
    public void Limits_outside_TA_Lib_s_0_01_to_0_99_range_are_rejected(double fastLimit, double slowLimit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MesaAdaptiveMovingAverage(fastLimit, slowLimit));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ta.Mama([1, 2, 3], fastLimit, slowLimit, new double[3], new double[3]));
    }

    [Fact]
    public void The_catalog_uses_TA_Lib_s_parameter_names_and_rejects_out_of_range_values()
    {
        var definition = IndicatorCatalog.Find("mama")!;

        Assert.Equal(["fastlimit", "slowlimit"], definition.Parameters.Select(p => p.Name));
        Assert.Equal([0.5, 0.05], definition.Parameters.Select(p => p.Default));
        Assert.Throws<ArgumentException>(() => definition.Arguments(new Dictionary<string, double> { ["fastlimit"] = 1.5 }));
        Assert.Throws<ArgumentException>(() => definition.Arguments(new Dictionary<string, double> { ["timeperiod"] = 10 }));
    }
}
