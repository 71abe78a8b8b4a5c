namespace OmniAlpha.Indicators.Tests.Momentum;

public sealed class MacdTests
{
    private static readonly double[] Closes = [9.5, 10.5, 11, 11, 12.5, 11.5, 12, 13];

    [Fact]
    public void Aligns_the_fast_EMA_on_the_slow_one_and_seeds_each_with_a_simple_mean()
    {
        // Slow EMA(3), alpha 1/2, seed mean(9.5, 10.5, 11) = 31/3 at input 3, then 32/3.
        // Fast EMA(2), alpha 2/3, starts one input late: seed mean(10.5, 11) = 10.75 at input 3, then 10.75 + (2/3)(0.25).
        // macd = 10.75 - 31/3 = 5/12, then 0.25; signal EMA(2) seed = mean(5/12, 1/4) = 1/3 at input 4.
        var macd = new Macd(2, 3, 2);

        double[] line = IndicatorAssert.Feed(macd, Closes[..4]);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, 0.25], line, tolerance: 1e-12);
        Assert.Equal(1.0 / 3, macd.Signal, 12);
        Assert.Equal(0.25 - 1.0 / 3, macd.Histogram, 12);
        Assert.Equal(3, macd.Lookback);
    }

    [Fact]
    public void First_value_of_a_linear_series_is_the_difference_of_the_two_seed_means()
    {
        // Inputs 0..25: fast seed = mean(14..25) = 19.5, slow seed = mean(0..25) = 12.5. MACDFIX seeds the same way.
        double[] ramp = [.. Enumerable.Range(0, 26).Select(i => (double)i)];
        var standard = new Macd(12, 26, 1);
        var fixedFactors = Macd.Fixed(1);

        IndicatorAssert.Feed(standard, ramp);
        IndicatorAssert.Feed(fixedFactors, ramp);

        Assert.Equal(7.0, standard.MacdValue, 12);
        Assert.Equal(7.0, fixedFactors.MacdValue, 12);
        Assert.Equal(7.0, standard.Signal, 12);
    }

    [Fact]
    public void MACDFIX_smooths_with_0_15_and_0_075_instead_of_2_13_and_2_27()
    {
        double[] prices = PriceSeries.RandomWalk(3, 60);
        var standard = new Macd(12, 26, 9);
        var fixedFactors = Macd.Fixed(9);
        IndicatorAssert.Feed(standard, prices);
        IndicatorAssert.Feed(fixedFactors, prices);

        Assert.Equal(standard.Lookback, fixedFactors.Lookback);
        Assert.Equal(12, fixedFactors.FastPeriod);
        Assert.Equal(26, fixedFactors.SlowPeriod);
        Assert.NotEqual(standard.MacdValue, fixedFactors.MacdValue);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Histogram_is_exactly_macd_minus_signal(int seed)
    {
        var macd = new Macd();
        foreach (double price in PriceSeries.RandomWalk(seed, 500))
        {
            macd.Update(price);
            if (macd.IsReady) Assert.Equal(macd.MacdValue - macd.Signal, macd.Histogram);
        }
    }

    [Fact]
    public void Swaps_periods_when_slow_is_shorter_than_fast_as_TA_Lib_does()
    {
        double[] prices = PriceSeries.RandomWalk(8, 100);
        var swapped = new Macd(26, 12, 9);

        Assert.Equal(12, swapped.FastPeriod);
        Assert.Equal(26, swapped.SlowPeriod);
        Assert.Equal(IndicatorAssert.Feed(new Macd(12, 26, 9), prices), IndicatorAssert.Feed(swapped, prices));
    }

    [Fact]
    public void Equal_periods_give_zero()
    {
        var macd = new Macd(5, 5, 3);
        Assert.All(IndicatorAssert.Feed(macd, PriceSeries.RandomWalk(4, 30)).Skip(macd.Lookback), v => Assert.Equal(0.0, v));
    }

    [Fact]
    public void Signal_period_one_gives_signal_equal_to_macd()
    {
        // An EMA of period 1 has alpha 1: s + 1 x (macd - s) is macd up to rounding.
        var macd = new Macd(3, 6, 1);
        foreach (double price in PriceSeries.RandomWalk(9, 40))
        {
            macd.Update(price);
            if (!macd.IsReady) continue;
            Assert.Equal(macd.MacdValue, macd.Signal, 1e-12);
            Assert.Equal(0.0, macd.Histogram, 1e-12);
        }
    }

    [Fact]
    public void A_NaN_input_makes_every_later_value_NaN()
    {
        var macd = new Macd(2, 3, 2);
        double[] values = IndicatorAssert.Feed(macd, [.. Closes, double.NaN, 14, 15]);

        Assert.False(double.IsNaN(values[7]));
        Assert.All(values[8..], v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void Exposes_TA_Lib_output_names_in_order()
    {
        var macd = new Macd();
        Assert.Equal(["macd", "macdsignal", "macdhist"], macd.OutputNames);
        Assert.Throws<ArgumentOutOfRangeException>(() => macd.GetOutput(3));
    }

    [Theory]
    [InlineData(1, 26, 9, "fastPeriod")]
    [InlineData(12, 1, 9, "slowPeriod")]
    [InlineData(12, 26, 0, "signalPeriod")]
    public void Rejects_periods_out_of_TA_Lib_range(int fast, int slow, int signal, string parameter)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new Macd(fast, slow, signal)).ParamName);
    }
}
