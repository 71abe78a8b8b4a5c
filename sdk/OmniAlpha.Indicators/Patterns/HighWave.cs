namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// High-wave candle (TA-Lib <c>CDLHIGHWAVE</c>): a short real body with both shadows very long (over twice the body).
/// +100 white, -100 black. Lookback 10.
/// </summary>
public sealed class HighWave : CandlestickPattern
{
    private readonly CandleAverage _bodyShort;
    private readonly CandleAverage _shadowVeryLong;

    /// <summary>Creates the recognizer.</summary>
    public HighWave() : base(Math.Max(CandleSettings.BodyShort.AveragePeriod, CandleSettings.ShadowVeryLong.AveragePeriod))
    {
        _bodyShort = Average(CandleSettings.BodyShort, 0);
        _shadowVeryLong = Average(CandleSettings.ShadowVeryLong, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(0) < _bodyShort.Average(bars)
        && bars.UpperShadow(0) > _shadowVeryLong.Average(bars)
        && bars.LowerShadow(0) > _shadowVeryLong.Average(bars)
            ? bars.Color(0) * 100
            : 0;
}
