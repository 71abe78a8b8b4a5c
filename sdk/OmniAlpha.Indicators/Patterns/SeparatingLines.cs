namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Separating lines (TA-Lib <c>CDLSEPARATINGLINES</c>): two opposite-coloured candles with (about) the same open, the
/// second a belt hold (long body, very short shadow at the opening end). The second's colour gives the sign.
/// Lookback 11.
/// </summary>
public sealed class SeparatingLines : CandlestickPattern
{
    private readonly CandleAverage _shadowVeryShort;
    private readonly CandleAverage _bodyLong;
    private readonly CandleAverage _equal;

    /// <summary>Creates the recognizer.</summary>
    public SeparatingLines() : base(Math.Max(Math.Max(CandleSettings.ShadowVeryShort.AveragePeriod, CandleSettings.BodyLong.AveragePeriod),
        CandleSettings.Equal.AveragePeriod) + 1)
    {
        _shadowVeryShort = Average(CandleSettings.ShadowVeryShort, 0);
        _bodyLong = Average(CandleSettings.BodyLong, 0);
        _equal = Average(CandleSettings.Equal, 1);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(1) == -bars.Color(0)
        && bars.Open(0) <= bars.Open(1) + _equal.Average(bars)
        && bars.Open(0) >= bars.Open(1) - _equal.Average(bars)
        && bars.RealBody(0) > _bodyLong.Average(bars)
        && ((bars.Color(0) == 1 && bars.LowerShadow(0) < _shadowVeryShort.Average(bars))
            || (bars.Color(0) == -1 && bars.UpperShadow(0) < _shadowVeryShort.Average(bars)))
            ? bars.Color(0) * 100
            : 0;
}
