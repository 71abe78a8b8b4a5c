namespace OmniAlpha.Indicators;

/// <summary>
/// Hilbert transform phasor components, as TA-Lib's <c>HT_PHASOR</c>: the in-phase (I1) and quadrature (Q1)
/// components of the detrended, smoothed price. <see cref="IIndicator.Value"/> is the in-phase component. Lookback 32.
/// </summary>
public sealed class HilbertPhasor : ISeriesIndicator, IMultiOutputIndicator
{
    private static readonly string[] Names = ["inphase", "quadrature"];
    private readonly HilbertTransformCore _core = new(HilbertTransformCore.ShortWarmUp);

    /// <summary>Creates the indicator (it has no parameters).</summary>
    public HilbertPhasor() => InPhase = Quadrature = double.NaN;

    /// <summary>Latest in-phase component; NaN while not ready.</summary>
    public double InPhase { get; private set; }

    /// <summary>Latest quadrature component; NaN while not ready.</summary>
    public double Quadrature { get; private set; }

    /// <inheritdoc />
    public double Value => InPhase;

    /// <inheritdoc />
    public int Lookback => 32;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public int Samples => _core.Samples;

    /// <inheritdoc />
    public IReadOnlyList<string> OutputNames => Names;

    /// <inheritdoc />
    public double GetOutput(int index) => index switch
    {
        0 => InPhase,
        1 => Quadrature,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "HT_PHASOR has outputs 0 (inphase) and 1 (quadrature)."),
    };

    /// <inheritdoc />
    public double Update(double input)
    {
        if (!_core.Update(input) || !IsReady) return double.NaN;
        InPhase = _core.InPhase;
        Quadrature = _core.Quadrature;
        return InPhase;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _core.Reset();
        InPhase = Quadrature = double.NaN;
    }
}
