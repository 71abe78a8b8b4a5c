
namespace OmniAlpha.Indicators;

public static partial class Ta
{
    /// <summary>MAMA and FAMA of <paramref name="input"/>; equals <see cref="MesaAdaptiveMovingAverage"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is outside [0.01, 0.99].</exception>
    /// <exception cref="ArgumentException">An output is shorter than <paramref name="input"/>.</exception>
    public static void Mama(ReadOnlySpan<double> input, double fastLimit, double slowLimit, Span<double> mama, Span<double> fama)
    {
        var indicator = new MesaAdaptiveMovingAverage(fastLimit, slowLimit);
        RequireOutput(input.Length, mama.Length, nameof(mama));
        RequireOutput(input.Length, fama.Length, nameof(fama));
        for (int i = 0; i < input.Length; i++)
        {
            mama[i] = indicator.Update(input[i]);
            fama[i] = indicator.IsReady ? indicator.Fama : double.NaN;
        }
    }

    /// <summary>HT_TRENDLINE of <paramref name="input"/>; equals <see cref="HilbertTrendline"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void HtTrendline(ReadOnlySpan<double> input, Span<double> output) => Run(new HilbertTrendline(), input, output);

    /// <summary>HT_DCPERIOD of <paramref name="input"/>; equals <see cref="HilbertDominantCyclePeriod"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void HtDcPeriod(ReadOnlySpan<double> input, Span<double> output) => Run(new HilbertDominantCyclePeriod(), input, output);

    /// <summary>HT_DCPHASE of <paramref name="input"/>; equals <see cref="HilbertDominantCyclePhase"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void HtDcPhase(ReadOnlySpan<double> input, Span<double> output) => Run(new HilbertDominantCyclePhase(), input, output);

    /// <summary>HT_TRENDMODE of <paramref name="input"/> (1 trend, 0 cycle); equals <see cref="HilbertTrendMode"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void HtTrendMode(ReadOnlySpan<double> input, Span<double> output) => Run(new HilbertTrendMode(), input, output);

    /// <summary>HT_PHASOR in-phase and quadrature components of <paramref name="input"/>; equals <see cref="HilbertPhasor"/>.</summary>
    /// <exception cref="ArgumentException">An output is shorter than <paramref name="input"/>.</exception>
    public static void HtPhasor(ReadOnlySpan<double> input, Span<double> inPhase, Span<double> quadrature)
    {
        var indicator = new HilbertPhasor();
        RequireOutput(input.Length, inPhase.Length, nameof(inPhase));
        RequireOutput(input.Length, quadrature.Length, nameof(quadrature));
        for (int i = 0; i < input.Length; i++)
        {
            inPhase[i] = indicator.Update(input[i]);
            quadrature[i] = indicator.IsReady ? indicator.Quadrature : double.NaN;
        }
    }

    /// <summary>HT_SINE sine and lead sine of <paramref name="input"/>; equals <see cref="HilbertSineWave"/>.</summary>
    /// <exception cref="ArgumentException">An output is shorter than <paramref name="input"/>.</exception>
    public static void HtSine(ReadOnlySpan<double> input, Span<double> sine, Span<double> leadSine)
    {
        var indicator = new HilbertSineWave();
        RequireOutput(input.Length, sine.Length, nameof(sine));
        RequireOutput(input.Length, leadSine.Length, nameof(leadSine));
        for (int i = 0; i < input.Length; i++)
        {
            sine[i] = indicator.Update(input[i]);
            leadSine[i] = indicator.IsReady ? indicator.LeadSine : double.NaN;
        }
    }
}
