namespace OmniAlpha.Indicators.Tests.Momentum;

public sealed class StochasticTests
{
    // Raw %K over 3 bars: -, -, 75, 75, 0, 400/7.
    internal static readonly (double High, double Low, double Close)[] Bars =
        [(10, 8, 9), (11, 9, 10), (12, 10, 11), (13, 9, 12), (12, 8, 8), (10, 6, 10)];

    [Fact]
    public void Smooths_raw_K_into_slow_K_and_slow_K_into_slow_D()
    {
        var stochastic = new Stochastic(3, 2, MovingAverageType.Sma, 2, MovingAverageType.Sma);
        var slowK = new List<double>();
        var slowD = new List<double>();

        foreach (var (high, low, close) in Bars)
        {
            stochastic.Update(high, low, close);
            slowK.Add(stochastic.SlowK);
            slowD.Add(stochastic.SlowD);
        }

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, double.NaN, 37.5, 200.0 / 7], slowK);
        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, double.NaN, 56.25, (37.5 + 200.0 / 7) / 2], slowD);
        Assert.Equal(4, stochastic.Lookback);
    }

    [Fact]
    public void Has_TA_Lib_defaults()
    {
        var stochastic = new Stochastic();

        Assert.Equal((5, 3, MovingAverageType.Sma, 3, MovingAverageType.Sma),
            (stochastic.FastKPeriod, stochastic.SlowKPeriod, stochastic.SlowKType, stochastic.SlowDPeriod, stochastic.SlowDType));
        Assert.Equal(8, stochastic.Lookback);
        Assert.Equal(["slowk", "slowd"], stochastic.OutputNames);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Stays_within_zero_and_one_hundred(int seed)
    {
        var bars = RandomBars.Generate(seed, 1_000);
        var stochastic = new Stochastic(14, 3, MovingAverageType.Ema, 3, MovingAverageType.Sma);
        for (int i = 0; i < bars.Count; i++)
        {
            stochastic.Update(bars.High[i], bars.Low[i], bars.Close[i]);
            if (!stochastic.IsReady) continue;
            Assert.InRange(stochastic.SlowK, 0.0, 100.0);
            Assert.InRange(stochastic.SlowD, 0.0, 100.0);
        }
    }

    [Fact]
    public void Is_zero_when_the_window_has_no_range()
    {
        var stochastic = new Stochastic(3, 1, MovingAverageType.Sma, 1, MovingAverageType.Sma);
        for (int i = 0; i < 5; i++) stochastic.Update(7, 7, 7);

        Assert.Equal(0.0, stochastic.SlowK);
    }

    [Fact]
    public void A_NaN_input_makes_every_later_value_NaN_through_the_running_averages()
    {
        var stochastic = new Stochastic(3, 2, MovingAverageType.Sma, 2, MovingAverageType.Sma);
        foreach (var (high, low, close) in Bars) stochastic.Update(high, low, close);

        stochastic.Update(double.NaN, 5, 6);
        for (int i = 0; i < 5; i++) stochastic.Update(10, 8, 9);

        Assert.True(double.IsNaN(stochastic.SlowK));
        Assert.True(double.IsNaN(stochastic.SlowD));
    }

    [Theory]
    [InlineData(0, 3, 3, "fastKPeriod")]
    [InlineData(5, 0, 3, "slowKPeriod")]
    [InlineData(5, 3, 0, "slowDPeriod")]
    public void Rejects_periods_below_one(int fastK, int slowK, int slowD, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Stochastic(fastK, slowK, MovingAverageType.Sma, slowD, MovingAverageType.Sma));
        Assert.Equal(parameter, error.ParamName);
    }
}
