namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Counterattack (TA-Lib <c>CDLCOUNTERATTACK</c>): two long candles of opposite colours with (nearly) equal closes.
/// The second candle's colour gives the sign. Lookback 11.
/// </summary>
public sealed class Counterattack : CandlestickPattern
{
    private readonly CandleAverage _equal;
    private readonly CandleAverage _bodyLong1;
    private readonly CandleAverage _bodyLong0;

    /// <summary>Creates the recognizer.</summary>
    public Counterattack() : base(Math.Max(CandleSettings.Equal.AveragePeriod, CandleSettings.BodyLong.AveragePeriod) + 1)
    {
        _equal = Average(CandleSettings.Equal, 1);
        _bodyLong1 = Average(CandleSettings.BodyLong, 1);
        _bodyLong0 = Average(CandleSettings.BodyLong, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(1) == -bars.Color(0)
        && bars.RealBody(1) > _bodyLong1.Average(bars)
        && bars.RealBody(0) > _bodyLong0.Average(bars)
        && bars.Close(0) <= bars.Close(1) + _equal.Average(bars)
        && bars.Close(0) >= bars.Close(1) - _equal.Average(bars)
            ? bars.Color(0) * 100
            : 0;
}
