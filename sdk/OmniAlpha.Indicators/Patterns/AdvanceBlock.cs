namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Advance block (TA-Lib <c>CDLADVANCEBLOCK</c>): three white candles with higher closes, each opening within or near
/// the previous body, the first long with a short upper shadow, and the advance visibly weakening (bodies shrinking
/// far or progressively with upper shadows, or a long upper shadow on the last). -100 or 0. Lookback 12.
/// </summary>
public sealed class AdvanceBlock : CandlestickPattern
{
    private readonly CandleAverage[] _shadowShort = new CandleAverage[3];
    private readonly CandleAverage _shadowLong0;
    private readonly CandleAverage _near2, _near1, _far2, _far1, _bodyLong;

    /// <summary>Creates the recognizer.</summary>
    public AdvanceBlock() : base(Math.Max(Math.Max(Math.Max(CandleSettings.ShadowLong.AveragePeriod, CandleSettings.ShadowShort.AveragePeriod),
        Math.Max(CandleSettings.Far.AveragePeriod, CandleSettings.Near.AveragePeriod)), CandleSettings.BodyLong.AveragePeriod) + 2)
    {
        for (int k = 0; k < 3; k++) _shadowShort[k] = Average(CandleSettings.ShadowShort, k);
        _shadowLong0 = Average(CandleSettings.ShadowLong, 0);
        _near2 = Average(CandleSettings.Near, 2);
        _near1 = Average(CandleSettings.Near, 1);
        _far2 = Average(CandleSettings.Far, 2);
        _far1 = Average(CandleSettings.Far, 1);
        _bodyLong = Average(CandleSettings.BodyLong, 2);
    }

    private protected override int Recognize(CandleWindow bars)
    {
        bool threeAdvancing = bars.Color(2) == 1 && bars.Color(1) == 1 && bars.Color(0) == 1
            && bars.Close(0) > bars.Close(1) && bars.Close(1) > bars.Close(2)
            && bars.Open(1) > bars.Open(2) && bars.Open(1) <= bars.Close(2) + _near2.Average(bars)
            && bars.Open(0) > bars.Open(1) && bars.Open(0) <= bars.Close(1) + _near1.Average(bars)
            && bars.RealBody(2) > _bodyLong.Average(bars)
            && bars.UpperShadow(2) < _shadowShort[2].Average(bars);
        if (!threeAdvancing) return 0;
        double body2 = bars.RealBody(2), body1 = bars.RealBody(1), body0 = bars.RealBody(0);
        bool blocked =
            (body1 < body2 - _far2.Average(bars) && body0 < body1 + _near1.Average(bars))
            || body0 < body1 - _far1.Average(bars)
            || (body0 < body1 && body1 < body2
                && (bars.UpperShadow(0) > _shadowShort[0].Average(bars) || bars.UpperShadow(1) > _shadowShort[1].Average(bars)))
            || (body0 < body1 && bars.UpperShadow(0) > _shadowLong0.Average(bars));
        return blocked ? -100 : 0;
    }
}
