namespace OmniAlpha.Indicators;

/// <summary>
/// NATR(n) = ATR(n) / close x 100, as TA-Lib's <c>NATR</c> (same seeding and lookback n as <see cref="AverageTrueRange"/>),
/// and 0 when the close is within 1e-14 of zero. TA-Lib's quirk for n = 1 is reproduced: NATR(1) is the plain true
/// range, not normalized. One deliberate difference: on a zero close after the first value TA-Lib writes its 0 into the
/// first output slot and leaves the current one unset; this gives 0 for the current bar. A NaN input makes every later
/// value NaN until <see cref="Reset"/>. Uses a bar's high, low and close.
/// </summary>
public sealed class NormalizedAverageTrueRange : IBarIndicator
{
    private readonly AverageTrueRange _atr;

    /// <summary>Creates an NATR of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1 (TA-Lib's range is 1..100000).</exception>
    public NormalizedAverageTrueRange(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        _atr = new AverageTrueRange(period);
        Value = double.NaN;
    }

    /// <summary>Smoothing period n.</summary>
    public int Period => _atr.Period;

    /// <inheritdoc />
    public int Lookback => _atr.Lookback;

    /// <inheritdoc />
    public bool IsReady => _atr.IsReady;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples => _atr.Samples;

    /// <summary>Feeds the next bar and returns the new NATR (NaN while not ready).</summary>
    public double Update(double high, double low, double close)
    {
        double atr = _atr.Update(high, low, close);
        if (!_atr.IsReady) return double.NaN;
        if (Period == 1) Value = atr;
        else Value = -1e-14 < close && close < 1e-14 ? 0.0 : (atr / close) * 100.0;
        return Value;
    }

    /// <inheritdoc />
    public double Update(double open, double high, double low, double close, double volume) => Update(high, low, close);

    /// <inheritdoc />
    public void Reset()
    {
        _atr.Reset();
        Value = double.NaN;
    }
}
