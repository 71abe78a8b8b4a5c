namespace OmniAlpha.Indicators;

/// <summary>
/// Hilbert transform dominant cycle phase in degrees, as TA-Lib's <c>HT_DCPHASE</c>: the phase of a one-bin Fourier
/// transform of the smoothed price over one dominant cycle, in (-45, 315]. Lookback 63.
/// </summary>
public sealed class HilbertDominantCyclePhase : ISeriesIndicator
{
    private readonly HilbertTransformCore _core = new(HilbertTransformCore.LongWarmUp);
    private readonly DominantCyclePhaseMeasure _phase = new();

    /// <summary>Creates the indicator (it has no parameters).</summary>
    public HilbertDominantCyclePhase() => Value = double.NaN;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Lookback => 63;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public int Samples => _core.Samples;

    /// <inheritdoc />
    public double Update(double input)
    {
        if (!_core.Update(input)) return double.NaN;
        double phase = _phase.Update(_core.SmoothedValue, _core.SmoothPeriod);
        if (!IsReady) return double.NaN;
        Value = phase;
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _core.Reset();
        _phase.Reset();
        Value = double.NaN;
    }
}
