namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Marubozu (TA-Lib <c>CDLMARUBOZU</c>): a long real body with very short shadows on both ends. +100 white, -100 black.
/// Lookback 10.
/// </summary>
public sealed class Marubozu : CandlestickPattern
{
    private readonly CandleAverage _bodyLong;
    private readonly CandleAverage _shadowVeryShort;

    /// <summary>Creates the recognizer.</summary>
    public Marubozu() : base(Math.Max(CandleSettings.BodyLong.AveragePeriod, CandleSettings.ShadowVeryShort.AveragePeriod))
    {
        _bodyLong = Average(CandleSettings.BodyLong, 0);
        _shadowVeryShort = Average(CandleSettings.ShadowVeryShort, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(0) > _bodyLong.Average(bars)
        && bars.UpperShadow(0) < _shadowVeryShort.Average(bars)
        && bars.LowerShadow(0) < _shadowVeryShort.Average(bars)
            ? bars.Color(0) * 100
            : 0;
}
