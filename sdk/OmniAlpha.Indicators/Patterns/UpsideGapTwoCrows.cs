namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Upside gap two crows (TA-Lib <c>CDLUPSIDEGAP2CROWS</c>): a long white candle, a short black one whose body gaps up,
/// then a black one engulfing the second body but closing above the first close. -100 or 0. Lookback 12.
/// </summary>
public sealed class UpsideGapTwoCrows : CandlestickPattern
{
    private readonly CandleAverage _bodyLong;
    private readonly CandleAverage _bodyShort;

    /// <summary>Creates the recognizer.</summary>
    public UpsideGapTwoCrows() : base(Math.Max(CandleSettings.BodyShort.AveragePeriod, CandleSettings.BodyLong.AveragePeriod) + 2)
    {
        _bodyLong = Average(CandleSettings.BodyLong, 2);
        _bodyShort = Average(CandleSettings.BodyShort, 1);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(2) == 1 && bars.RealBody(2) > _bodyLong.Average(bars)
        && bars.Color(1) == -1 && bars.RealBody(1) <= _bodyShort.Average(bars)
        && bars.RealBodyGapUp(1, 2)
        && bars.Color(0) == -1
        && bars.Open(0) > bars.Open(1) && bars.Close(0) < bars.Close(1)
        && bars.Close(0) > bars.Close(2)
            ? -100
            : 0;
}
