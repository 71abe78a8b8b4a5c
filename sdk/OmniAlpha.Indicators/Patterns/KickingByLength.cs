namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Kicking, bull/bear by the longer marubozu (TA-Lib <c>CDLKICKINGBYLENGTH</c>): as <see cref="Kicking"/>, but the
/// sign is the colour of the candle with the longer real body. Lookback 11.
/// </summary>
public sealed class KickingByLength : CandlestickPattern
{
    private readonly CandleAverage[] _bodyLong = new CandleAverage[2];
    private readonly CandleAverage[] _shadowVeryShort = new CandleAverage[2];

    /// <summary>Creates the recognizer.</summary>
    public KickingByLength() : base(Math.Max(CandleSettings.ShadowVeryShort.AveragePeriod, CandleSettings.BodyLong.AveragePeriod) + 1)
    {
        for (int k = 0; k < 2; k++)
        {
            _bodyLong[k] = Average(CandleSettings.BodyLong, k);
            _shadowVeryShort[k] = Average(CandleSettings.ShadowVeryShort, k);
        }
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(1) == -bars.Color(0)
        && IsMarubozu(bars, 1) && IsMarubozu(bars, 0)
        && ((bars.Color(1) == -1 && bars.GapUp(0, 1)) || (bars.Color(1) == 1 && bars.GapDown(0, 1)))
            ? bars.Color(bars.RealBody(0) > bars.RealBody(1) ? 0 : 1) * 100
            : 0;

    private bool IsMarubozu(CandleWindow bars, int barsAgo) =>
        bars.RealBody(barsAgo) > _bodyLong[barsAgo].Average(bars)
        && bars.UpperShadow(barsAgo) < _shadowVeryShort[barsAgo].Average(bars)
        && bars.LowerShadow(barsAgo) < _shadowVeryShort[barsAgo].Average(bars);
}
