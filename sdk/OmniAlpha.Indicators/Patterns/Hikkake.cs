namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Hikkake (TA-Lib <c>CDLHIKKAKE</c>): an inside bar followed by a bar breaking out of it (lower high and low: +100;
/// higher high and low: -100), and, within the next three bars, a close back beyond the inside bar's high (after
/// +100) or low (after -100) that confirms it with +200 or -200. Keeps the pending pattern from bar to bar; like
/// TA-Lib it starts watching three bars before its first output. Lookback 5.
/// </summary>
public sealed class Hikkake : CandlestickPattern
{
    private int _patternIndex;
    private int _patternResult;

    /// <summary>Creates the recognizer.</summary>
    public Hikkake() : base(5, primingBars: 3)
    {
    }

    private protected override int Recognize(CandleWindow bars)
    {
        int index = Samples - 1;
        if (bars.High(1) < bars.High(2) && bars.Low(1) > bars.Low(2)
            && ((bars.High(0) < bars.High(1) && bars.Low(0) < bars.Low(1)) || (bars.High(0) > bars.High(1) && bars.Low(0) > bars.Low(1))))
        {
            _patternResult = 100 * (bars.High(0) < bars.High(1) ? 1 : -1);
            _patternIndex = index;
            return _patternResult;
        }
        return HikkakeConfirmation.Confirm(bars, index, ref _patternIndex, _patternResult);
    }

    private protected override void OnReset() => _patternIndex = _patternResult = 0;
}
