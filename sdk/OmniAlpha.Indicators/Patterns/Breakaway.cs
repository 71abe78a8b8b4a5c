namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Breakaway (TA-Lib <c>CDLBREAKAWAY</c>): a long candle, a same-coloured one whose body gaps away, two more moving
/// further (higher highs and lows after white, lower after black; the fourth of the first colour), then an opposite
/// candle closing inside the gap. The fifth candle's colour gives the sign. Lookback 14.
/// </summary>
public sealed class Breakaway : CandlestickPattern
{
    private readonly CandleAverage _bodyLong;

    /// <summary>Creates the recognizer.</summary>
    public Breakaway() : base(CandleSettings.BodyLong.AveragePeriod + 4) => _bodyLong = Average(CandleSettings.BodyLong, 4);

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(4) > _bodyLong.Average(bars)
        && bars.Color(4) == bars.Color(3) && bars.Color(3) == bars.Color(1) && bars.Color(1) == -bars.Color(0)
        && ((bars.Color(4) == -1 && bars.RealBodyGapDown(3, 4)
                && bars.High(2) < bars.High(3) && bars.Low(2) < bars.Low(3)
                && bars.High(1) < bars.High(2) && bars.Low(1) < bars.Low(2)
                && bars.Close(0) > bars.Open(3) && bars.Close(0) < bars.Close(4))
            || (bars.Color(4) == 1 && bars.RealBodyGapUp(3, 4)
                && bars.High(2) > bars.High(3) && bars.Low(2) > bars.Low(3)
                && bars.High(1) > bars.High(2) && bars.Low(1) > bars.Low(2)
                && bars.Close(0) < bars.Open(3) && bars.Close(0) > bars.Close(4)))
            ? bars.Color(0) * 100
            : 0;
}
