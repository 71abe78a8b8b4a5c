namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Stalled pattern (TA-Lib <c>CDLSTALLEDPATTERN</c>): two long white candles with higher closes (the second opening
/// within or near the first body, with a very short upper shadow), then a small white candle riding on the second's
/// shoulder. -100 or 0. Lookback 12.
/// </summary>
public sealed class StalledPattern : CandlestickPattern
{
    private readonly CandleAverage _bodyLong2, _bodyLong1, _near2, _near1, _bodyShort, _shadowVeryShort;

    /// <summary>Creates the recognizer.</summary>
    public StalledPattern() : base(Math.Max(Math.Max(CandleSettings.BodyLong.AveragePeriod, CandleSettings.BodyShort.AveragePeriod),
        Math.Max(CandleSettings.ShadowVeryShort.AveragePeriod, CandleSettings.Near.AveragePeriod)) + 2)
    {
        _bodyLong2 = Average(CandleSettings.BodyLong, 2);
        _bodyLong1 = Average(CandleSettings.BodyLong, 1);
        _near2 = Average(CandleSettings.Near, 2);
        _near1 = Average(CandleSettings.Near, 1);
        _bodyShort = Average(CandleSettings.BodyShort, 0);
        _shadowVeryShort = Average(CandleSettings.ShadowVeryShort, 1);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(2) == 1 && bars.Color(1) == 1 && bars.Color(0) == 1
        && bars.Close(0) > bars.Close(1) && bars.Close(1) > bars.Close(2)
        && bars.RealBody(2) > _bodyLong2.Average(bars)
        && bars.RealBody(1) > _bodyLong1.Average(bars)
        && bars.UpperShadow(1) < _shadowVeryShort.Average(bars)
        && bars.Open(1) > bars.Open(2)
        && bars.Open(1) <= bars.Close(2) + _near2.Average(bars)
        && bars.RealBody(0) < _bodyShort.Average(bars)
        && bars.Open(0) >= bars.Close(1) - bars.RealBody(0) - _near1.Average(bars)
            ? -100
            : 0;
}
