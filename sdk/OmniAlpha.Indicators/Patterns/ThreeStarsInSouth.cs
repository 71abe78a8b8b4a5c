namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Three stars in the south (TA-Lib <c>CDL3STARSINSOUTH</c>): three black candles — a long one with a long lower
/// shadow, a smaller one opening above the first close within its range and trading lower but not below its low,
/// then a small marubozu inside the second's range. +100 or 0. Lookback 12.
/// </summary>
public sealed class ThreeStarsInSouth : CandlestickPattern
{
    private readonly CandleAverage _bodyLong;
    private readonly CandleAverage _shadowLong;
    private readonly CandleAverage _shadowVeryShort1;
    private readonly CandleAverage _shadowVeryShort0;
    private readonly CandleAverage _bodyShort;

    /// <summary>Creates the recognizer.</summary>
    public ThreeStarsInSouth() : base(Math.Max(Math.Max(CandleSettings.ShadowVeryShort.AveragePeriod, CandleSettings.ShadowLong.AveragePeriod),
        Math.Max(CandleSettings.BodyLong.AveragePeriod, CandleSettings.BodyShort.AveragePeriod)) + 2)
    {
        _bodyLong = Average(CandleSettings.BodyLong, 2);
        _shadowLong = Average(CandleSettings.ShadowLong, 2);
        _shadowVeryShort1 = Average(CandleSettings.ShadowVeryShort, 1);
        _shadowVeryShort0 = Average(CandleSettings.ShadowVeryShort, 0);
        _bodyShort = Average(CandleSettings.BodyShort, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(2) == -1 && bars.Color(1) == -1 && bars.Color(0) == -1
        && bars.RealBody(2) > _bodyLong.Average(bars)
        && bars.LowerShadow(2) > _shadowLong.Average(bars)
        && bars.RealBody(1) < bars.RealBody(2)
        && bars.Open(1) > bars.Close(2) && bars.Open(1) <= bars.High(2)
        && bars.Low(1) < bars.Close(2)
        && bars.Low(1) >= bars.Low(2)
        && bars.LowerShadow(1) > _shadowVeryShort1.Average(bars)
        && bars.RealBody(0) < _bodyShort.Average(bars)
        && bars.LowerShadow(0) < _shadowVeryShort0.Average(bars)
        && bars.UpperShadow(0) < _shadowVeryShort0.Average(bars)
        && bars.Low(0) > bars.Low(1) && bars.High(0) < bars.High(1)
            ? 100
            : 0;
}
