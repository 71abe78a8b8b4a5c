namespace OmniAlpha.Indicators;

/// <summary>
/// Aroon oscillator(n) as TA-Lib's <c>AROONOSC</c>: aroonup − aroondown of <see cref="Aroon"/>, computed as TA-Lib does,
/// 100 / n × (index of the highest high − index of the lowest low) over the last n + 1 bars (most recent extreme on
/// ties), in [−100, 100]. Lookback n. Amortised O(1) per bar. A NaN high or low is skipped when looking for the
/// extremes, as in <see cref="Aroon"/>.
/// </summary>
public sealed class AroonOscillator : IBarIndicator
{
    private readonly RollingExtremeWindow _highs;
    private readonly RollingExtremeWindow _lows;
    private readonly double _factor;

    /// <summary>Creates an Aroon oscillator of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    public AroonOscillator(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        Period = period;
        _highs = new RollingExtremeWindow(period + 1, highest: true);
        _lows = new RollingExtremeWindow(period + 1, highest: false);
        _factor = 100.0 / period;
        Value = double.NaN;
    }

    /// <summary>Period n.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int Lookback => Period;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Feeds the next bar and returns the oscillator (NaN while not ready).</summary>
    public double Update(double high, double low)
    {
        Samples++;
        _highs.Add(high);
        _lows.Add(low);
        if (Samples <= Period) return double.NaN;
        // highestIndex − lowestIndex = (today − highAge) − (today − lowAge).
        Value = _factor * (_lows.Age - _highs.Age);
        return Value;
    }

    /// <inheritdoc />
    double IBarIndicator.Update(double open, double high, double low, double close, double volume) => Update(high, low);

    /// <inheritdoc />
    public void Reset()
    {
        _highs.Reset();
        _lows.Reset();
        Samples = 0;
        Value = double.NaN;
    }
}
