namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Two crows (TA-Lib <c>CDL2CROWS</c>): a long white candle, a black one whose body gaps up, then a black one opening
/// inside the second body and closing inside the first. -100 or 0. Lookback 12.
/// </summary>
public sealed class TwoCrows : CandlestickPattern
{
    private readonly CandleAverage _bodyLong;

    /// <summary>Creates the recognizer.</summary>
    public TwoCrows() : base(CandleSettings.BodyLong.AveragePeriod + 2) => _bodyLong = Average(CandleSettings.BodyLong, 2);

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(2) == 1 && bars.RealBody(2) > _bodyLong.Average(bars)
        && bars.Color(1) == -1 && bars.RealBodyGapUp(1, 2)
        && bars.Color(0) == -1
        && bars.Open(0) < bars.Open(1) && bars.Open(0) > bars.Close(1)
        && bars.Close(0) > bars.Open(2) && bars.Close(0) < bars.Close(2)
            ? -100
            : 0;
}
