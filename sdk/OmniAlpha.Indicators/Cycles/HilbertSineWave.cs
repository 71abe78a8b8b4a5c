namespace OmniAlpha.Indicators;

/// <summary>
/// Hilbert transform sine wave, as TA-Lib's <c>HT_SINE</c>: the sine of the dominant cycle phase and the "lead sine"
/// 45 degrees ahead; both lie in [-1, 1] and their crossings mark cycle turns. <see cref="IIndicator.Value"/> is the
/// sine. Lookback 63.
/// </summary>
public sealed class HilbertSineWave : ISeriesIndicator, IMultiOutputIndicator
{
    private static readonly string[] Names = ["sine", "leadsine"];
    private static readonly double DegreesToRadians = 1.0 / HilbertTransformCore.RadiansToDegrees;
    private readonly HilbertTransformCore _core = new(HilbertTransformCore.LongWarmUp);
    private readonly DominantCyclePhaseMeasure _phase = new();

    /// <summary>Creates the indicator (it has no parameters).</summary>
    public HilbertSineWave() => Sine = LeadSine = double.NaN;

    /// <summary>Latest sine of the dominant cycle phase; NaN while not ready.</summary>
    public double Sine { get; private set; }

    /// <summary>Latest sine of the phase plus 45 degrees; NaN while not ready.</summary>
    public double LeadSine { get; private set; }

    /// <inheritdoc />
    public double Value => Sine;

    /// <inheritdoc />
    public int Lookback => 63;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public int Samples => _core.Samples;

    /// <inheritdoc />
    public IReadOnlyList<string> OutputNames => Names;

    /// <inheritdoc />
    public double GetOutput(int index) => index switch
    {
        0 => Sine,
        1 => LeadSine,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "HT_SINE has outputs 0 (sine) and 1 (leadsine)."),
    };

    /// <inheritdoc />
    public double Update(double input)
    {
        if (!_core.Update(input)) return double.NaN;
        double phase = _phase.Update(_core.SmoothedValue, _core.SmoothPeriod);
        if (!IsReady) return double.NaN;
        Sine = Math.Sin(phase * DegreesToRadians);
        LeadSine = Math.Sin((phase + 45) * DegreesToRadians);
        return Sine;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _core.Reset();
        _phase.Reset();
        Sine = LeadSine = double.NaN;
    }
}
