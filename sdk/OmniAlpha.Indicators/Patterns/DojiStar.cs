namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Doji star (TA-Lib <c>CDLDOJISTAR</c>): a long candle, then a doji whose body gaps away from it (up after a white
/// candle: -100; down after a black one: +100). Lookback 11.
/// </summary>
public sealed class DojiStar : CandlestickPattern
{
    private readonly CandleAverage _bodyLong;
    private readonly CandleAverage _bodyDoji;

    /// <summary>Creates the recognizer.</summary>
    public DojiStar() : base(Math.Max(CandleSettings.BodyDoji.AveragePeriod, CandleSettings.BodyLong.AveragePeriod) + 1)
    {
        _bodyLong = Average(CandleSettings.BodyLong, 1);
        _bodyDoji = Average(CandleSettings.BodyDoji, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(1) > _bodyLong.Average(bars)
        && bars.RealBody(0) <= _bodyDoji.Average(bars)
        && ((bars.Color(1) == 1 && bars.RealBodyGapUp(0, 1)) || (bars.Color(1) == -1 && bars.RealBodyGapDown(0, 1)))
            ? -bars.Color(1) * 100
            : 0;
}
