namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Closing marubozu (TA-Lib <c>CDLCLOSINGMARUBOZU</c>): a long real body with a very short shadow at the closing end
/// (upper for white, lower for black). +100 white, -100 black. Lookback 10.
/// </summary>
public sealed class ClosingMarubozu : CandlestickPattern
{
    private readonly CandleAverage _bodyLong;
    private readonly CandleAverage _shadowVeryShort;

    /// <summary>Creates the recognizer.</summary>
    public ClosingMarubozu() : base(Math.Max(CandleSettings.BodyLong.AveragePeriod, CandleSettings.ShadowVeryShort.AveragePeriod))
    {
        _bodyLong = Average(CandleSettings.BodyLong, 0);
        _shadowVeryShort = Average(CandleSettings.ShadowVeryShort, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(0) > _bodyLong.Average(bars)
        && ((bars.Color(0) == 1 && bars.UpperShadow(0) < _shadowVeryShort.Average(bars))
            || (bars.Color(0) == -1 && bars.LowerShadow(0) < _shadowVeryShort.Average(bars)))
            ? bars.Color(0) * 100
            : 0;
}
