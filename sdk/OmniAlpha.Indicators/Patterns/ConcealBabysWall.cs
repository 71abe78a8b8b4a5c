namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Concealing baby swallow (TA-Lib <c>CDLCONCEALBABYSWALL</c>): four black candles — two marubozu, a third gapping
/// down with an upper shadow reaching into the second body, and a fourth engulfing the third including its shadows.
/// +100 or 0. Lookback 13.
/// </summary>
public sealed class ConcealBabysWall : CandlestickPattern
{
    private readonly CandleAverage[] _shadowVeryShort = new CandleAverage[4];

    /// <summary>Creates the recognizer.</summary>
    public ConcealBabysWall() : base(CandleSettings.ShadowVeryShort.AveragePeriod + 3)
    {
        for (int k = 3; k >= 1; k--) _shadowVeryShort[k] = Average(CandleSettings.ShadowVeryShort, k);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(3) == -1 && bars.Color(2) == -1 && bars.Color(1) == -1 && bars.Color(0) == -1
        && bars.LowerShadow(3) < _shadowVeryShort[3].Average(bars) && bars.UpperShadow(3) < _shadowVeryShort[3].Average(bars)
        && bars.LowerShadow(2) < _shadowVeryShort[2].Average(bars) && bars.UpperShadow(2) < _shadowVeryShort[2].Average(bars)
        && bars.RealBodyGapDown(1, 2)
        && bars.UpperShadow(1) > _shadowVeryShort[1].Average(bars)
        && bars.High(1) > bars.Close(2)
        && bars.High(0) > bars.High(1) && bars.Low(0) < bars.Low(1)
            ? 100
            : 0;
}
