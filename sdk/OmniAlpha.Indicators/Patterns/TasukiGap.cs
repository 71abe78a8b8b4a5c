namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Tasuki gap (TA-Lib <c>CDLTASUKIGAP</c>): a candle whose body gaps away, then an opposite candle of about the same
/// size opening inside its body and closing inside the gap. +100 upside gap (white then black), -100 downside.
/// Lookback 7.
/// </summary>
public sealed class TasukiGap : CandlestickPattern
{
    private readonly CandleAverage _near;

    /// <summary>Creates the recognizer.</summary>
    public TasukiGap() : base(CandleSettings.Near.AveragePeriod + 2) => _near = Average(CandleSettings.Near, 1);

    private protected override int Recognize(CandleWindow bars)
    {
        bool similarBodies = Math.Abs(bars.RealBody(1) - bars.RealBody(0)) < _near.Average(bars);
        bool upside = bars.RealBodyGapUp(1, 2) && bars.Color(1) == 1 && bars.Color(0) == -1
            && bars.Open(0) < bars.Close(1) && bars.Open(0) > bars.Open(1)
            && bars.Close(0) < bars.Open(1)
            && bars.Close(0) > bars.BodyTop(2)
            && similarBodies;
        bool downside = bars.RealBodyGapDown(1, 2) && bars.Color(1) == -1 && bars.Color(0) == 1
            && bars.Open(0) < bars.Open(1) && bars.Open(0) > bars.Close(1)
            && bars.Close(0) > bars.Open(1)
            && bars.Close(0) < bars.BodyBottom(2)
            && similarBodies;
        return upside || downside ? bars.Color(1) * 100 : 0;
    }
}
