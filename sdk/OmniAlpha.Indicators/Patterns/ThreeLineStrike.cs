namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Three-line strike (TA-Lib <c>CDL3LINESTRIKE</c>): three candles of one colour advancing (white: higher closes;
/// black: lower closes), each opening within or near the previous body, then an opposite candle opening beyond the
/// third close and closing beyond the first open. The sign is the three candles' colour (+100 white, -100 black).
/// Lookback 8.
/// </summary>
public sealed class ThreeLineStrike : CandlestickPattern
{
    private readonly CandleAverage _near3;
    private readonly CandleAverage _near2;

    /// <summary>Creates the recognizer.</summary>
    public ThreeLineStrike() : base(CandleSettings.Near.AveragePeriod + 3)
    {
        _near3 = Average(CandleSettings.Near, 3);
        _near2 = Average(CandleSettings.Near, 2);
    }

    private protected override int Recognize(CandleWindow bars)
    {
        int color = bars.Color(1);
        if (!(bars.Color(3) == bars.Color(2) && bars.Color(2) == color && bars.Color(0) == -color)) return 0;
        double near3 = _near3.Average(bars), near2 = _near2.Average(bars);
        bool opensNear = bars.Open(2) >= bars.BodyBottom(3) - near3 && bars.Open(2) <= bars.BodyTop(3) + near3
            && bars.Open(1) >= bars.BodyBottom(2) - near2 && bars.Open(1) <= bars.BodyTop(2) + near2;
        if (!opensNear) return 0;
        bool strike = color == 1
            ? bars.Close(1) > bars.Close(2) && bars.Close(2) > bars.Close(3) && bars.Open(0) > bars.Close(1) && bars.Close(0) < bars.Open(3)
            : bars.Close(1) < bars.Close(2) && bars.Close(2) < bars.Close(3) && bars.Open(0) < bars.Close(1) && bars.Close(0) > bars.Open(3);
        return strike ? color * 100 : 0;
    }
}
