namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Inverted hammer (TA-Lib <c>CDLINVERTEDHAMMER</c>): a small real body gapping down from the previous body, an upper
/// shadow longer than the body and a very short lower shadow. +100 or 0. Lookback 11.
/// </summary>
public sealed class InvertedHammer : CandlestickPattern
{
    private readonly CandleAverage _bodyShort;
    private readonly CandleAverage _shadowLong;
    private readonly CandleAverage _shadowVeryShort;

    /// <summary>Creates the recognizer.</summary>
    public InvertedHammer() : base(Math.Max(Math.Max(CandleSettings.BodyShort.AveragePeriod, CandleSettings.ShadowLong.AveragePeriod),
        CandleSettings.ShadowVeryShort.AveragePeriod) + 1)
    {
        _bodyShort = Average(CandleSettings.BodyShort, 0);
        _shadowLong = Average(CandleSettings.ShadowLong, 0);
        _shadowVeryShort = Average(CandleSettings.ShadowVeryShort, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(0) < _bodyShort.Average(bars)
        && bars.UpperShadow(0) > _shadowLong.Average(bars)
        && bars.LowerShadow(0) < _shadowVeryShort.Average(bars)
        && bars.RealBodyGapDown(0, 1)
            ? 100
            : 0;
}
