namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Homing pigeon (TA-Lib <c>CDLHOMINGPIGEON</c>): a long black candle, then a short black one whose body lies inside
/// the first body (lower open, higher close). +100 or 0. Lookback 11.
/// </summary>
public sealed class HomingPigeon : CandlestickPattern
{
    private readonly CandleAverage _bodyLong;
    private readonly CandleAverage _bodyShort;

    /// <summary>Creates the recognizer.</summary>
    public HomingPigeon() : base(Math.Max(CandleSettings.BodyShort.AveragePeriod, CandleSettings.BodyLong.AveragePeriod) + 1)
    {
        _bodyLong = Average(CandleSettings.BodyLong, 1);
        _bodyShort = Average(CandleSettings.BodyShort, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(1) == -1 && bars.Color(0) == -1
        && bars.RealBody(1) > _bodyLong.Average(bars)
        && bars.RealBody(0) <= _bodyShort.Average(bars)
        && bars.Open(0) < bars.Open(1)
        && bars.Close(0) > bars.Close(1)
            ? 100
            : 0;
}
