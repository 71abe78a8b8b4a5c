namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Long line candle (TA-Lib <c>CDLLONGLINE</c>): a long real body with short shadows. +100 white, -100 black. Lookback 10.
/// </summary>
public sealed class LongLine : CandlestickPattern
{
    private readonly CandleAverage _bodyLong;
    private readonly CandleAverage _shadowShort;

    /// <summary>Creates the recognizer.</summary>
    public LongLine() : base(Math.Max(CandleSettings.BodyLong.AveragePeriod, CandleSettings.ShadowShort.AveragePeriod))
    {
        _bodyLong = Average(CandleSettings.BodyLong, 0);
        _shadowShort = Average(CandleSettings.ShadowShort, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(0) > _bodyLong.Average(bars)
        && bars.UpperShadow(0) < _shadowShort.Average(bars)
        && bars.LowerShadow(0) < _shadowShort.Average(bars)
            ? bars.Color(0) * 100
            : 0;
}
