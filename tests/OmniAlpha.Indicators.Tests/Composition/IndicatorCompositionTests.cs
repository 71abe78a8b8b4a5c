using OmniAlpha.Indicators.Composition;

namespace OmniAlpha.Indicators.Tests.Composition;

public sealed class IndicatorCompositionTests
{
    [Fact]
    public void Ema_of_rsi_has_the_sum_of_both_lookbacks()
    {
        var chain = new ExponentialMovingAverage(10).Of(new RelativeStrengthIndex(14));

        Assert.Equal(14 + 9, chain.Lookback);
        IndicatorAssert.BecomesReadyAt(chain, readyAt: 14 + 9 + 1, PriceSeries.RandomWalk(7, 60));
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Equals_feeding_the_outer_indicator_with_the_inner_values_once_the_inner_is_ready(int seed)
    {
        double[] closes = PriceSeries.RandomWalk(seed, 500);
        var rsi = new RelativeStrengthIndex(14);
        var ema = new ExponentialMovingAverage(10);
        var expected = new double[closes.Length];
        for (int i = 0; i < closes.Length; i++)
        {
            double r = rsi.Update(closes[i]);
            expected[i] = double.IsNaN(r) ? double.NaN : ema.Update(r);
        }

        double[] actual = IndicatorAssert.Feed(new ExponentialMovingAverage(10).Of(new RelativeStrengthIndex(14)), closes);

        IndicatorAssert.SeriesEqual(expected, actual, tolerance: 0);
    }

    [Fact]
    public void Equals_the_batch_functions_applied_one_after_the_other()
    {
        double[] closes = PriceSeries.RandomWalk(11, 300);
        var sma = new double[closes.Length];
        Ta.Sma(closes, 5, sma);
        var emaOfSma = new double[closes.Length - 4];
        Ta.Ema(sma.AsSpan(4), 8, emaOfSma);
        double[] expected = [.. Enumerable.Repeat(double.NaN, 4), .. emaOfSma];

        double[] actual = IndicatorAssert.Feed(new ExponentialMovingAverage(8).Of(new SimpleMovingAverage(5)), closes);

        IndicatorAssert.SeriesEqual(expected, actual, tolerance: 0);
    }

    [Fact]
    public void Chains_nest_and_add_up_their_lookbacks()
    {
        var chain = new SimpleMovingAverage(3).Of(new ExponentialMovingAverage(4).Of(new RelativeStrengthIndex(5)));

        Assert.Equal(5 + 3 + 2, chain.Lookback);
        IndicatorAssert.BecomesReadyAt(chain, readyAt: 11, PriceSeries.RandomWalk(3, 40));
    }

    [Fact]
    public void Reset_forgets_both_indicators_and_repeats_the_same_values()
    {
        double[] closes = PriceSeries.RandomWalk(5, 120);
        var chain = new ExponentialMovingAverage(10).Of(new RelativeStrengthIndex(14));
        double[] first = IndicatorAssert.Feed(chain, closes);

        chain.Reset();

        Assert.False(chain.IsReady);
        Assert.Equal(0, chain.Samples);
        Assert.True(double.IsNaN(chain.Value));
        Assert.False(chain.Inner.IsReady);
        IndicatorAssert.SeriesEqual(first, IndicatorAssert.Feed(chain, closes), tolerance: 0);
    }

    [Fact]
    public void A_series_indicator_of_a_bar_indicator_is_fed_whole_bars()
    {
        var chain = new SimpleMovingAverage(2).Of(new BarRange(warmUp: 1));
        double[] values =
        [
            chain.Update(10, 12, 9, 11, 100),   // inner not ready: range not passed on
            chain.Update(11, 13, 10, 12, 100),  // range 3: outer has one value
            chain.Update(12, 17, 12, 16, 100),  // range 5: SMA(2) of 3 and 5
            chain.Update(16, 16, 15, 15, 100),  // range 1: SMA(2) of 5 and 1
        ];

        Assert.Equal(1 + 1, chain.Lookback);
        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 4, 3], values, tolerance: 0);
        Assert.Equal(4, chain.Samples);
    }

    [Fact]
    public void Chaining_an_indicator_onto_itself_is_refused()
    {
        var ema = new ExponentialMovingAverage(3);

        Assert.Throws<ArgumentException>(() => ema.Of(ema));
        Assert.Throws<ArgumentNullException>(() => ema.Of((ISeriesIndicator)null!));
    }

    /// <summary>Test-only bar indicator: high - low, reported after <c>warmUp</c> bars.</summary>
    private sealed class BarRange(int warmUp) : IBarIndicator
    {
        public bool IsReady => Samples > warmUp;
        public double Value { get; private set; } = double.NaN;
        public int Samples { get; private set; }
        public int Lookback => warmUp;

        public double Update(double open, double high, double low, double close, double volume)
        {
            Samples++;
            Value = IsReady ? high - low : double.NaN;
            return Value;
        }

        public void Reset()
        {
            Samples = 0;
            Value = double.NaN;
        }
    }
}
