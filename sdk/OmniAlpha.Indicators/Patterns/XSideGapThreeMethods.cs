namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Upside/downside gap three methods (TA-Lib <c>CDLXSIDEGAP3METHODS</c>): two same-coloured candles with a body gap
/// in their direction, then an opposite candle opening inside the second body and closing inside the first, filling
/// the gap. +100 upside (white), -100 downside. Lookback 2.
/// </summary>
public sealed class XSideGapThreeMethods : CandlestickPattern
{
    /// <summary>Creates the recognizer.</summary>
    public XSideGapThreeMethods() : base(2)
    {
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(2) == bars.Color(1) && bars.Color(1) == -bars.Color(0)
        && bars.Open(0) < bars.BodyTop(1) && bars.Open(0) > bars.BodyBottom(1)
        && bars.Close(0) < bars.BodyTop(2) && bars.Close(0) > bars.BodyBottom(2)
        && ((bars.Color(2) == 1 && bars.RealBodyGapUp(1, 2)) || (bars.Color(2) == -1 && bars.RealBodyGapDown(1, 2)))
            ? bars.Color(2) * 100
            : 0;
}
