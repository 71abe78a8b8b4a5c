namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Up/down-gap side-by-side white lines (TA-Lib <c>CDLGAPSIDESIDEWHITE</c>): two white candles of about the same size
/// and open whose bodies both gap away from the candle before them. +100 for an upside gap, -100 for a downside one.
/// Lookback 7.
/// </summary>
public sealed class GapSideSideWhite : CandlestickPattern
{
    private readonly CandleAverage _near;
    private readonly CandleAverage _equal;

    /// <summary>Creates the recognizer.</summary>
    public GapSideSideWhite() : base(Math.Max(CandleSettings.Near.AveragePeriod, CandleSettings.Equal.AveragePeriod) + 2)
    {
        _near = Average(CandleSettings.Near, 1);
        _equal = Average(CandleSettings.Equal, 1);
    }

    private protected override int Recognize(CandleWindow bars)
    {
        bool gapUp = bars.RealBodyGapUp(1, 2) && bars.RealBodyGapUp(0, 2);
        bool gapDown = bars.RealBodyGapDown(1, 2) && bars.RealBodyGapDown(0, 2);
        double near = _near.Average(bars), equal = _equal.Average(bars);
        return (gapUp || gapDown)
            && bars.Color(1) == 1 && bars.Color(0) == 1
            && bars.RealBody(0) >= bars.RealBody(1) - near && bars.RealBody(0) <= bars.RealBody(1) + near
            && bars.Open(0) >= bars.Open(1) - equal && bars.Open(0) <= bars.Open(1) + equal
                ? (bars.RealBodyGapUp(1, 2) ? 100 : -100)
                : 0;
    }
}
