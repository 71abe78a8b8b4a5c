namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Identical three crows (TA-Lib <c>CDLIDENTICAL3CROWS</c>): three black candles with very short lower shadows and
/// declining closes, the second and third opening (about) at the previous close. -100 or 0. Lookback 12.
/// </summary>
public sealed class IdenticalThreeCrows : CandlestickPattern
{
    private readonly CandleAverage[] _shadowVeryShort = new CandleAverage[3];
    private readonly CandleAverage _equal2;
    private readonly CandleAverage _equal1;

    /// <summary>Creates the recognizer.</summary>
    public IdenticalThreeCrows() : base(Math.Max(CandleSettings.ShadowVeryShort.AveragePeriod, CandleSettings.Equal.AveragePeriod) + 2)
    {
        for (int k = 0; k < 3; k++) _shadowVeryShort[k] = Average(CandleSettings.ShadowVeryShort, k);
        _equal2 = Average(CandleSettings.Equal, 2);
        _equal1 = Average(CandleSettings.Equal, 1);
    }

    private protected override int Recognize(CandleWindow bars)
    {
        if (!(bars.Color(2) == -1 && bars.LowerShadow(2) < _shadowVeryShort[2].Average(bars)
            && bars.Color(1) == -1 && bars.LowerShadow(1) < _shadowVeryShort[1].Average(bars)
            && bars.Color(0) == -1 && bars.LowerShadow(0) < _shadowVeryShort[0].Average(bars)
            && bars.Close(2) > bars.Close(1) && bars.Close(1) > bars.Close(0))) return 0;
        double equal2 = _equal2.Average(bars), equal1 = _equal1.Average(bars);
        return bars.Open(1) <= bars.Close(2) + equal2 && bars.Open(1) >= bars.Close(2) - equal2
            && bars.Open(0) <= bars.Close(1) + equal1 && bars.Open(0) >= bars.Close(1) - equal1
                ? -100
                : 0;
    }
}
