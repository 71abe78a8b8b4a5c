namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Thrusting (TA-Lib <c>CDLTHRUSTING</c>): a long black candle, then a white one opening below its low and closing
/// into its body but not above the midpoint. -100 or 0. Lookback 11.
/// </summary>
public sealed class Thrusting : CandlestickPattern
{
    private readonly CandleAverage _equal;
    private readonly CandleAverage _bodyLong;

    /// <summary>Creates the recognizer.</summary>
    public Thrusting() : base(Math.Max(CandleSettings.Equal.AveragePeriod, CandleSettings.BodyLong.AveragePeriod) + 1)
    {
        _equal = Average(CandleSettings.Equal, 1);
        _bodyLong = Average(CandleSettings.BodyLong, 1);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(1) == -1 && bars.RealBody(1) > _bodyLong.Average(bars)
        && bars.Color(0) == 1
        && bars.Open(0) < bars.Low(1)
        && bars.Close(0) > bars.Close(1) + _equal.Average(bars)
        && bars.Close(0) <= bars.Close(1) + (bars.RealBody(1) * 0.5)
            ? -100
            : 0;
}
