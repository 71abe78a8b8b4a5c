namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Short line candle (TA-Lib <c>CDLSHORTLINE</c>): a short real body with short shadows. +100 white, -100 black. Lookback 10.
/// </summary>
public sealed class ShortLine : CandlestickPattern
{
    private readonly CandleAverage _bodyShort;
    private readonly CandleAverage _shadowShort;

    /// <summary>Creates the recognizer.</summary>
    public ShortLine() : base(Math.Max(CandleSettings.BodyShort.AveragePeriod, CandleSettings.ShadowShort.AveragePeriod))
    {
        _bodyShort = Average(CandleSettings.BodyShort, 0);
        _shadowShort = Average(CandleSettings.ShadowShort, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(0) < _bodyShort.Average(bars)
        && bars.UpperShadow(0) < _shadowShort.Average(bars)
        && bars.LowerShadow(0) < _shadowShort.Average(bars)
            ? bars.Color(0) * 100
            : 0;
}
