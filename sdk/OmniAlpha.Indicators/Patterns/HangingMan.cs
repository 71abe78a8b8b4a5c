namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Hanging man (TA-Lib <c>CDLHANGINGMAN</c>): a hammer-shaped candle (small body, long lower shadow, very short upper
/// shadow) whose body is near or above the previous candle's high. -100 or 0. Lookback 11.
/// </summary>
public sealed class HangingMan : CandlestickPattern
{
    private readonly CandleAverage _bodyShort;
    private readonly CandleAverage _shadowLong;
    private readonly CandleAverage _shadowVeryShort;
    private readonly CandleAverage _near;

    /// <summary>Creates the recognizer.</summary>
    public HangingMan() : base(Math.Max(Math.Max(Math.Max(CandleSettings.BodyShort.AveragePeriod, CandleSettings.ShadowLong.AveragePeriod),
        CandleSettings.ShadowVeryShort.AveragePeriod), CandleSettings.Near.AveragePeriod) + 1)
    {
        _bodyShort = Average(CandleSettings.BodyShort, 0);
        _shadowLong = Average(CandleSettings.ShadowLong, 0);
        _shadowVeryShort = Average(CandleSettings.ShadowVeryShort, 0);
        _near = Average(CandleSettings.Near, 1);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(0) < _bodyShort.Average(bars)
        && bars.LowerShadow(0) > _shadowLong.Average(bars)
        && bars.UpperShadow(0) < _shadowVeryShort.Average(bars)
        && bars.BodyBottom(0) >= bars.High(1) - _near.Average(bars)
            ? -100
            : 0;
}
