namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// In-neck (TA-Lib <c>CDLINNECK</c>): a long black candle, then a white one opening below its low and closing at or
/// just above its close. -100 or 0. Lookback 11.
/// </summary>
public sealed class InNeck : CandlestickPattern
{
    private readonly CandleAverage _equal;
    private readonly CandleAverage _bodyLong;

    /// <summary>Creates the recognizer.</summary>
    public InNeck() : base(Math.Max(CandleSettings.Equal.AveragePeriod, CandleSettings.BodyLong.AveragePeriod) + 1)
    {
        _equal = Average(CandleSettings.Equal, 1);
        _bodyLong = Average(CandleSettings.BodyLong, 1);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(1) == -1 && bars.RealBody(1) > _bodyLong.Average(bars)
        && bars.Color(0) == 1
        && bars.Open(0) < bars.Low(1)
        && bars.Close(0) <= bars.Close(1) + _equal.Average(bars)
        && bars.Close(0) >= bars.Close(1)
            ? -100
            : 0;
}
