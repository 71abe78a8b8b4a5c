namespace OmniAlpha.Indicators;

/// <summary>
/// Hilbert transform instantaneous trendline, as TA-Lib's <c>HT_TRENDLINE</c>: the mean of the inputs over one
/// measured dominant cycle, smoothed by a 4-3-2-1 weighted average. Lookback 63. After a NaN or infinite input the
/// measured period is undefined and the value stays NaN until <see cref="Reset"/> (TA-Lib would decay to 0).
/// </summary>
public sealed class HilbertTrendline : ISeriesIndicator
{
    private readonly HilbertTransformCore _core = new(HilbertTransformCore.LongWarmUp);
    private readonly InstantaneousTrendlineFilter _trendline = new();

    /// <summary>Creates the indicator (it has no parameters).</summary>
    public HilbertTrendline() => Value = double.NaN;

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
        double trendline = _trendline.Update(_core.SmoothPeriod);
        if (!IsReady) return double.NaN;
        Value = double.IsNaN(_core.SmoothPeriod) ? double.NaN : trendline;
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _core.Reset();
        _trendline.Reset();
        Value = double.NaN;
    }
}
