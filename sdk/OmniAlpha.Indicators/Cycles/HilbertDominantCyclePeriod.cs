namespace OmniAlpha.Indicators;

/// <summary>
/// Hilbert transform dominant cycle period, as TA-Lib's <c>HT_DCPERIOD</c>: the homodyne-discriminator period of the
/// smoothed price, bounded to [6, 50] bars and smoothed twice. Lookback 32.
/// </summary>
public sealed class HilbertDominantCyclePeriod : ISeriesIndicator
{
    private readonly HilbertTransformCore _core = new(HilbertTransformCore.ShortWarmUp);

    /// <summary>Creates the indicator (it has no parameters).</summary>
    public HilbertDominantCyclePeriod() => Value = double.NaN;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Lookback => 32;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public int Samples => _core.Samples;

    /// <inheritdoc />
    public double Update(double input)
    {
        if (!_core.Update(input) || !IsReady) return double.NaN;
        Value = _core.SmoothPeriod;
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _core.Reset();
        Value = double.NaN;
    }
}
