namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Piercing pattern (TA-Lib <c>CDLPIERCING</c>): a long black candle, then a long white one opening below its low and
/// closing inside its body above the midpoint. +100 or 0. Lookback 11.
/// </summary>
public sealed class Piercing : CandlestickPattern
{
    private readonly CandleAverage _bodyLongFirst;
    private readonly CandleAverage _bodyLongSecond;

    /// <summary>Creates the recognizer.</summary>
    public Piercing() : base(CandleSettings.BodyLong.AveragePeriod + 1)
    {
        _bodyLongFirst = Average(CandleSettings.BodyLong, 1);
        _bodyLongSecond = Average(CandleSettings.BodyLong, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(1) == -1 && bars.RealBody(1) > _bodyLongFirst.Average(bars)
        && bars.Color(0) == 1 && bars.RealBody(0) > _bodyLongSecond.Average(bars)
        && bars.Open(0) < bars.Low(1)
        && bars.Close(0) < bars.Open(1)
        && bars.Close(0) > bars.Close(1) + (bars.RealBody(1) * 0.5)
            ? 100
            : 0;
}
