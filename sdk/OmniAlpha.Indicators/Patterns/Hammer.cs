namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Hammer (TA-Lib <c>CDLHAMMER</c>): a small real body, a lower shadow longer than the body, a very short upper
/// shadow, and the body near or below the previous candle's low. +100 or 0. Lookback 11.
/// </summary>
public sealed class Hammer : CandlestickPattern
{
    private readonly CandleAverage _bodyShort;
    private readonly CandleAverage _shadowLong;
    private readonly CandleAverage _shadowVeryShort;
    private readonly CandleAverage _near;

    /// <summary>Creates the recognizer.</summary>
    public Hammer() : base(Math.Max(Math.Max(Math.Max(CandleSettings.BodyShort.AveragePeriod, CandleSettings.ShadowLong.AveragePeriod),
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
        && bars.BodyBottom(0) <= bars.Low(1) + _near.Average(bars)
            ? 100
            : 0;
}
