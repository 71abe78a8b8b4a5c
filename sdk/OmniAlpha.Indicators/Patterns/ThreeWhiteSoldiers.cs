namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Three advancing white soldiers (TA-Lib <c>CDL3WHITESOLDIERS</c>): three white candles with very short upper shadows
/// and higher closes, each opening within or near the previous body, none far shorter than the one before, the
/// last not short. +100 or 0. Lookback 12.
/// </summary>
public sealed class ThreeWhiteSoldiers : CandlestickPattern
{
    private readonly CandleAverage[] _shadowVeryShort = new CandleAverage[3];
    private readonly CandleAverage _near2, _near1, _far2, _far1, _bodyShort;

    /// <summary>Creates the recognizer.</summary>
    public ThreeWhiteSoldiers() : base(Math.Max(Math.Max(CandleSettings.ShadowVeryShort.AveragePeriod, CandleSettings.BodyShort.AveragePeriod),
        Math.Max(CandleSettings.Far.AveragePeriod, CandleSettings.Near.AveragePeriod)) + 2)
    {
        for (int k = 0; k < 3; k++) _shadowVeryShort[k] = Average(CandleSettings.ShadowVeryShort, k);
        _near2 = Average(CandleSettings.Near, 2);
        _near1 = Average(CandleSettings.Near, 1);
        _far2 = Average(CandleSettings.Far, 2);
        _far1 = Average(CandleSettings.Far, 1);
        _bodyShort = Average(CandleSettings.BodyShort, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(2) == 1 && bars.UpperShadow(2) < _shadowVeryShort[2].Average(bars)
        && bars.Color(1) == 1 && bars.UpperShadow(1) < _shadowVeryShort[1].Average(bars)
        && bars.Color(0) == 1 && bars.UpperShadow(0) < _shadowVeryShort[0].Average(bars)
        && bars.Close(0) > bars.Close(1) && bars.Close(1) > bars.Close(2)
        && bars.Open(1) > bars.Open(2) && bars.Open(1) <= bars.Close(2) + _near2.Average(bars)
        && bars.Open(0) > bars.Open(1) && bars.Open(0) <= bars.Close(1) + _near1.Average(bars)
        && bars.RealBody(1) > bars.RealBody(2) - _far2.Average(bars)
        && bars.RealBody(0) > bars.RealBody(1) - _far1.Average(bars)
        && bars.RealBody(0) > _bodyShort.Average(bars)
            ? 100
            : 0;
}
