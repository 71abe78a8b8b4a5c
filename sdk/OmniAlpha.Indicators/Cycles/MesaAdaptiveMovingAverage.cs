namespace OmniAlpha.Indicators;

/// <summary>
/// MESA adaptive moving average (Ehlers), as TA-Lib's <c>MAMA</c>: an EMA whose smoothing factor follows the rate of
/// change of the Hilbert-transform phase, fastlimit / (phase change in degrees) bounded to [slowlimit, fastlimit];
/// FAMA follows MAMA with half that factor. <see cref="IIndicator.Value"/> is the MAMA line. Lookback 32.
/// </summary>
public sealed class MesaAdaptiveMovingAverage : ISeriesIndicator, IMultiOutputIndicator
{
    private static readonly string[] Names = ["mama", "fama"];
    private readonly HilbertTransformCore _core = new(HilbertTransformCore.ShortWarmUp);
    private double _mama, _fama, _previousPhase;

    /// <summary>Creates a MAMA with TA-Lib's limits on the smoothing factor.</summary>
    /// <param name="fastLimit">Largest smoothing factor, in [0.01, 0.99] (TA-Lib default 0.5).</param>
    /// <param name="slowLimit">Smallest smoothing factor, in [0.01, 0.99] (TA-Lib default 0.05).</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is outside [0.01, 0.99] or NaN.</exception>
    public MesaAdaptiveMovingAverage(double fastLimit = 0.5, double slowLimit = 0.05)
    {
        RequireLimit(fastLimit, nameof(fastLimit));
        RequireLimit(slowLimit, nameof(slowLimit));
        FastLimit = fastLimit;
        SlowLimit = slowLimit;
        Mama = Fama = double.NaN;
    }

    /// <summary>Largest smoothing factor.</summary>
    public double FastLimit { get; }

    /// <summary>Smallest smoothing factor.</summary>
    public double SlowLimit { get; }

    /// <summary>Latest MAMA value; NaN while not ready.</summary>
    public double Mama { get; private set; }

    /// <summary>Latest FAMA (following adaptive moving average) value; NaN while not ready.</summary>
    public double Fama { get; private set; }

    /// <inheritdoc />
    public double Value => Mama;

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
        0 => Mama,
        1 => Fama,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "MAMA has outputs 0 (mama) and 1 (fama)."),
    };

    /// <inheritdoc />
    public double Update(double input)
    {
        if (!_core.Update(input)) return double.NaN;
        double inPhase = _core.InPhase;
        double phase = inPhase != 0.0 ? Math.Atan(_core.Quadrature / inPhase) * HilbertTransformCore.RadiansToDegrees : 0.0;
        double deltaPhase = _previousPhase - phase;
        _previousPhase = phase;
        if (deltaPhase < 1.0) deltaPhase = 1.0;
        double alpha;
        if (deltaPhase > 1.0)
        {
            alpha = FastLimit / deltaPhase;
            if (alpha < SlowLimit) alpha = SlowLimit;
        }
        else
        {
            alpha = FastLimit;
        }
        _mama = (alpha * input) + ((1 - alpha) * _mama);
        alpha *= 0.5;
        _fama = (alpha * _mama) + ((1 - alpha) * _fama);
        if (!IsReady) return double.NaN;
        Mama = _mama;
        Fama = _fama;
        return Mama;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _core.Reset();
        _mama = _fama = _previousPhase = 0;
        Mama = Fama = double.NaN;
    }

    private static void RequireLimit(double limit, string name)
    {
        if (!(limit >= 0.01 && limit <= 0.99))
            throw new ArgumentOutOfRangeException(name, limit, "A MAMA limit must be in [0.01, 0.99].");
    }
}
