namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Three black crows (TA-Lib <c>CDL3BLACKCROWS</c>): after a white candle, three black candles with very short lower
/// shadows and declining closes, each opening within the previous body, the first closing under the white candle's
/// high. -100 or 0. Lookback 13.
/// </summary>
public sealed class ThreeBlackCrows : CandlestickPattern
{
    private readonly CandleAverage[] _shadowVeryShort = new CandleAverage[3];

    /// <summary>Creates the recognizer.</summary>
    public ThreeBlackCrows() : base(CandleSettings.ShadowVeryShort.AveragePeriod + 3)
    {
        for (int k = 0; k < 3; k++) _shadowVeryShort[k] = Average(CandleSettings.ShadowVeryShort, k);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(3) == 1
        && bars.Color(2) == -1 && bars.LowerShadow(2) < _shadowVeryShort[2].Average(bars)
        && bars.Color(1) == -1 && bars.LowerShadow(1) < _shadowVeryShort[1].Average(bars)
        && bars.Color(0) == -1 && bars.LowerShadow(0) < _shadowVeryShort[0].Average(bars)
        && bars.Open(1) < bars.Open(2) && bars.Open(1) > bars.Close(2)
        && bars.Open(0) < bars.Open(1) && bars.Open(0) > bars.Close(1)
        && bars.High(3) > bars.Close(2)
        && bars.Close(2) > bars.Close(1)
        && bars.Close(1) > bars.Close(0)
            ? -100
            : 0;
}
