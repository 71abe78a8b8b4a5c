namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Ladder bottom (TA-Lib <c>CDLLADDERBOTTOM</c>): three black candles with lower opens and closes, a fourth black one
/// with an upper shadow, then a white candle opening above the fourth's open and closing above its high. +100 or 0.
/// Lookback 14.
/// </summary>
public sealed class LadderBottom : CandlestickPattern
{
    private readonly CandleAverage _shadowVeryShort;

    /// <summary>Creates the recognizer.</summary>
    public LadderBottom() : base(CandleSettings.ShadowVeryShort.AveragePeriod + 4) =>
        _shadowVeryShort = Average(CandleSettings.ShadowVeryShort, 1);

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(4) == -1 && bars.Color(3) == -1 && bars.Color(2) == -1
        && bars.Open(4) > bars.Open(3) && bars.Open(3) > bars.Open(2)
        && bars.Close(4) > bars.Close(3) && bars.Close(3) > bars.Close(2)
        && bars.Color(1) == -1
        && bars.UpperShadow(1) > _shadowVeryShort.Average(bars)
        && bars.Color(0) == 1
        && bars.Open(0) > bars.Open(1)
        && bars.Close(0) > bars.High(1)
            ? 100
            : 0;
}
