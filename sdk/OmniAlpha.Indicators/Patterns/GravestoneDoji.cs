namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Gravestone doji (TA-Lib <c>CDLGRAVESTONEDOJI</c>): a doji with a very short lower shadow and an upper shadow
/// longer than that threshold (ShadowVeryShort). +100 or 0 (TA-Lib reports it as +100). Lookback 10.
/// </summary>
public sealed class GravestoneDoji : CandlestickPattern
{
    private readonly CandleAverage _bodyDoji;
    private readonly CandleAverage _shadowVeryShort;

    /// <summary>Creates the recognizer.</summary>
    public GravestoneDoji() : base(Math.Max(CandleSettings.BodyDoji.AveragePeriod, CandleSettings.ShadowVeryShort.AveragePeriod))
    {
        _bodyDoji = Average(CandleSettings.BodyDoji, 0);
        _shadowVeryShort = Average(CandleSettings.ShadowVeryShort, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(0) <= _bodyDoji.Average(bars)
        && bars.LowerShadow(0) < _shadowVeryShort.Average(bars)
        && bars.UpperShadow(0) > _shadowVeryShort.Average(bars)
            ? 100
            : 0;
}
