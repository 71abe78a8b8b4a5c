
namespace OmniAlpha.Indicators.Tests.Cycles;

/// <summary>Properties of the Hilbert transform indicators that hold for any input, and their response to pure cycles.</summary>
public sealed class HilbertTransformPropertyTests
{
    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Sine_and_lead_sine_stay_within_minus_one_and_one(int seed)
    {
        var sineWave = new HilbertSineWave();

        foreach (double price in PriceSeries.RandomWalk(seed, 2_000))
        {
            sineWave.Update(price);
            if (!sineWave.IsReady) continue;
            Assert.InRange(sineWave.Sine, -1.0, 1.0);
            Assert.InRange(sineWave.LeadSine, -1.0, 1.0);
        }
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void The_dominant_cycle_period_stays_within_the_6_to_50_bar_clamp(int seed)
    {
        var period = new HilbertDominantCyclePeriod();

        foreach (double price in PriceSeries.RandomWalk(seed, 2_000))
            if (!double.IsNaN(period.Update(price))) Assert.InRange(period.Value, 6.0, 50.0);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(20)]
    [InlineData(30)]
    public void Measures_the_period_of_a_pure_sine_wave(int cycleLength)
    {
        var period = new HilbertDominantCyclePeriod();

        double[] values = Feed(period, SineWave(cycleLength, 600));

        Assert.All(values.Skip(150), v => Assert.InRange(v, cycleLength - 0.1, cycleLength + 0.1));
    }

    [Fact]
    public void On_a_pure_20_bar_cycle_the_phase_advances_18_degrees_a_bar_and_the_sines_cross_twice_a_cycle()
    {
        double[] cycle = SineWave(20, 600, amplitude: 0.5);
        double[] phase = Feed(new HilbertDominantCyclePhase(), cycle);
        var sineWave = new HilbertSineWave();
        var crossings = new List<int>();
        double previousGap = double.NaN;

        for (int i = 0; i < cycle.Length; i++)
        {
            sineWave.Update(cycle[i]);
            double gap = sineWave.Sine - sineWave.LeadSine;
            if (i > 150 && gap * previousGap < 0) crossings.Add(i);
            previousGap = gap;
        }

        for (int i = 151; i < phase.Length; i++)
            Assert.InRange(((phase[i] - phase[i - 1]) + 360) % 360, 17.5, 18.5);
        Assert.True(crossings.Count >= 40, $"{crossings.Count} crossings");
        Assert.All(crossings.Zip(crossings.Skip(1), (a, b) => b - a), spacing => Assert.Equal(10, spacing));
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void The_phase_lies_in_minus_45_to_315_degrees_and_the_trend_mode_is_0_or_1(int seed)
    {
        var phase = new HilbertDominantCyclePhase();
        var mode = new HilbertTrendMode();

        foreach (double price in PriceSeries.RandomWalk(seed, 2_000))
        {
            phase.Update(price);
            mode.Update(price);
            if (!phase.IsReady) continue;
            Assert.InRange(phase.Value, -45.0, 315.0);
            Assert.True(mode.Value is 0.0 or 1.0, $"trend mode {mode.Value}");
        }
    }

    [Fact]
    public void A_gentle_pure_cycle_is_in_cycle_mode_and_a_wide_one_or_a_steady_climb_is_in_trend_mode()
    {
        // TA-Lib forces trend mode whenever the smoothed price strays 1.5% or more from the trendline.
        double[] gentle = Feed(new HilbertTrendMode(), SineWave(20, 400, amplitude: 0.5));
        double[] wide = Feed(new HilbertTrendMode(), SineWave(20, 400, amplitude: 10));
        double[] climb = Feed(new HilbertTrendMode(), [.. Enumerable.Range(0, 400).Select(i => 100.0 * Math.Pow(1.01, i))]);

        Assert.All(gentle.Skip(150), v => Assert.Equal(0.0, v));
        Assert.True(wide.Skip(150).Count(v => v == 1) > 200, "a 10% swing keeps leaving the 1.5% band around the trendline");
        Assert.All(climb.Skip(150), v => Assert.Equal(1.0, v));
    }

    [Fact]
    public void Of_a_constant_the_trendline_and_MAMA_are_the_constant_and_the_phasor_is_zero()
    {
        double[] constant = [.. Enumerable.Repeat(42.5, 200)];

        double[] trendline = Feed(new HilbertTrendline(), constant);
        var mama = new MesaAdaptiveMovingAverage();
        Feed(mama, constant);
        var phasor = new HilbertPhasor();
        Feed(phasor, constant);

        Assert.All(trendline.Skip(63), v => Assert.Equal(42.5, v, tolerance: 1e-12));
        Assert.Equal(42.5, mama.Mama, tolerance: 1e-12);
        Assert.Equal(42.5, mama.Fama, tolerance: 1e-9);
        Assert.Equal(0.0, phasor.InPhase);
        Assert.Equal(0.0, phasor.Quadrature);
    }

    [Fact]
    public void Batch_functions_reject_outputs_shorter_than_the_input()
    {
        double[] input = PriceSeries.RandomWalk(1, 50);

        Assert.Throws<ArgumentException>(() => Ta.HtDcPeriod(input, new double[49]));
        Assert.Throws<ArgumentException>(() => Ta.HtSine(input, new double[50], new double[10]));
        Assert.Throws<ArgumentException>(() => Ta.Mama(input, 0.5, 0.05, new double[49], new double[50]));
    }

    [Fact]
    public void Multi_output_indicators_name_their_outputs_as_TA_Lib_and_reject_other_indices()
    {
        Assert.Equal(["mama", "fama"], new MesaAdaptiveMovingAverage().OutputNames);
        Assert.Equal(["inphase", "quadrature"], new HilbertPhasor().OutputNames);
        Assert.Equal(["sine", "leadsine"], new HilbertSineWave().OutputNames);
        Assert.Throws<ArgumentOutOfRangeException>(() => new HilbertSineWave().GetOutput(2));
    }

    private static double[] SineWave(int cycleLength, int count, double amplitude = 10) =>
        [.. Enumerable.Range(0, count).Select(i => 100 + (amplitude * Math.Sin(2 * Math.PI * i / cycleLength)))];

    private static double[] Feed(ISeriesIndicator indicator, double[] inputs) => IndicatorAssert.Feed(indicator, inputs);
}
