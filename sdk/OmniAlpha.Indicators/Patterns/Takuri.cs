namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Takuri (TA-Lib <c>CDLTAKURI</c>): a dragonfly doji with a very long lower shadow (over twice the body) and a very
/// short upper shadow. +100 or 0. Lookback 10.
/// </summary>
public sealed class Takuri : CandlestickPattern
{
    private readonly CandleAverage _bodyDoji;
    private readonly CandleAverage _shadowVeryShort;
    private readonly CandleAverage _shadowVeryLong;

    /// <summary>Creates the recognizer.</summary>
    public Takuri() : base(Math.Max(Math.Max(CandleSettings.BodyDoji.AveragePeriod, CandleSettings.ShadowVeryShort.AveragePeriod),
        CandleSettings.ShadowVeryLong.AveragePeriod))
    {
        _bodyDoji = Average(CandleSettings.BodyDoji, 0);
        _shadowVeryShort = Average(CandleSettings.ShadowVeryShort, 0);
        _shadowVeryLong = Average(CandleSettings.ShadowVeryLong, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(0) <= _bodyDoji.Average(bars)
        && bars.UpperShadow(0) < _shadowVeryShort.Average(bars)
        && bars.LowerShadow(0) > _shadowVeryLong.Average(bars)
            ? 100
            : 0;
}
