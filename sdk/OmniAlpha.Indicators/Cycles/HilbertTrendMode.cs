namespace OmniAlpha.Indicators;

/// <summary>
/// Hilbert transform trend-versus-cycle mode, as TA-Lib's <c>HT_TRENDMODE</c>: 1 while the market trends, 0 while it
/// cycles. A sine/lead-sine crossing starts a cycle mode that lasts at least half a dominant cycle; a phase advancing
/// at the cycle's own rate keeps it; a smoothed price 1.5% or more away from the instantaneous trendline forces trend
/// mode. Lookback 63. After a NaN or infinite input the measured period is undefined and the value stays NaN until
/// <see cref="Reset"/> (TA-Lib would report trend mode for ever after).
/// </summary>
public sealed class HilbertTrendMode : ISeriesIndicator
{
    private static readonly double DegreesToRadians = 1.0 / HilbertTransformCore.RadiansToDegrees;
    private readonly HilbertTransformCore _core = new(HilbertTransformCore.LongWarmUp);
    private readonly DominantCyclePhaseMeasure _phase = new();
    private readonly InstantaneousTrendlineFilter _trendline = new();
    private double _sine, _leadSine;
    private int _daysInTrend;

    /// <summary>Creates the indicator (it has no parameters).</summary>
    public HilbertTrendMode() => Value = double.NaN;

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
        _trendline.Record(input);
        if (!_core.Update(input)) return double.NaN;
        double smoothPeriod = _core.SmoothPeriod;
        double previousPhase = _phase.Phase;
        double phase = _phase.Update(_core.SmoothedValue, smoothPeriod);
        double previousSine = _sine, previousLeadSine = _leadSine;
        _sine = Math.Sin(phase * DegreesToRadians);
        _leadSine = Math.Sin((phase + 45) * DegreesToRadians);
        double trendline = _trendline.Update(smoothPeriod);

        int trend = 1;
        if ((_sine > _leadSine && previousSine <= previousLeadSine) || (_sine < _leadSine && previousSine >= previousLeadSine))
        {
            _daysInTrend = 0;
            trend = 0;
        }
        _daysInTrend++;
        if (_daysInTrend < 0.5 * smoothPeriod) trend = 0;
        double phaseChange = phase - previousPhase;
        if (smoothPeriod != 0.0 && phaseChange > 0.67 * 360.0 / smoothPeriod && phaseChange < 1.5 * 360.0 / smoothPeriod) trend = 0;
        double smoothedPrice = _core.SmoothedValue;
        if (trendline != 0.0 && Math.Abs((smoothedPrice - trendline) / trendline) >= 0.015) trend = 1;

        if (!IsReady) return double.NaN;
        Value = double.IsNaN(smoothPeriod) ? double.NaN : trend;
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _core.Reset();
        _phase.Reset();
        _trendline.Reset();
        _sine = _leadSine = 0;
        _daysInTrend = 0;
        Value = double.NaN;
    }
}
