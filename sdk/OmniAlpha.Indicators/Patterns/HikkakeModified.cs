namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Modified hikkake (TA-Lib <c>CDLHIKKAKEMOD</c>): two nested inside bars followed by a breakout bar (lower high and
/// low with the second bar closing near its low: +100; higher high and low with it closing near its high: -100),
/// confirmed within three bars by a close beyond the third bar's high or low (+-200). Like TA-Lib it starts watching
/// three bars before its first output. Lookback 10.
/// </summary>
public sealed class HikkakeModified : CandlestickPattern
{
    private readonly CandleAverage _near;
    private int _patternIndex;
    private int _patternResult;

    /// <summary>Creates the recognizer.</summary>
    public HikkakeModified() : base(Math.Max(1, CandleSettings.Near.AveragePeriod) + 5, primingBars: 3) =>
        _near = Average(CandleSettings.Near, 2);

    private protected override int Recognize(CandleWindow bars)
    {
        int index = Samples - 1;
        if (bars.High(2) < bars.High(3) && bars.Low(2) > bars.Low(3)
            && bars.High(1) < bars.High(2) && bars.Low(1) > bars.Low(2)
            && ((bars.High(0) < bars.High(1) && bars.Low(0) < bars.Low(1) && bars.Close(2) <= bars.Low(2) + _near.Average(bars))
                || (bars.High(0) > bars.High(1) && bars.Low(0) > bars.Low(1) && bars.Close(2) >= bars.High(2) - _near.Average(bars))))
        {
            _patternResult = 100 * (bars.High(0) < bars.High(1) ? 1 : -1);
            _patternIndex = index;
            return _patternResult;
        }
        return HikkakeConfirmation.Confirm(bars, index, ref _patternIndex, _patternResult);
    }

    private protected override void OnReset() => _patternIndex = _patternResult = 0;
}
