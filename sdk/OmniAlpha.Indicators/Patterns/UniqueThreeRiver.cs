namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Unique three river (TA-Lib <c>CDLUNIQUE3RIVER</c>): a long black candle, a black harami-like candle with a lower
/// low, then a short white candle opening above that low. +100 or 0. Lookback 12.
/// </summary>
public sealed class UniqueThreeRiver : CandlestickPattern
{
    private readonly CandleAverage _bodyLong;
    private readonly CandleAverage _bodyShort;

    /// <summary>Creates the recognizer.</summary>
    public UniqueThreeRiver() : base(Math.Max(CandleSettings.BodyShort.AveragePeriod, CandleSettings.BodyLong.AveragePeriod) + 2)
    {
        _bodyLong = Average(CandleSettings.BodyLong, 2);
        _bodyShort = Average(CandleSettings.BodyShort, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(2) > _bodyLong.Average(bars) && bars.Color(2) == -1
        && bars.Color(1) == -1
        && bars.Close(1) > bars.Close(2) && bars.Open(1) <= bars.Open(2)
        && bars.Low(1) < bars.Low(2)
        && bars.RealBody(0) < _bodyShort.Average(bars) && bars.Color(0) == 1
        && bars.Open(0) > bars.Low(1)
            ? 100
            : 0;
}
