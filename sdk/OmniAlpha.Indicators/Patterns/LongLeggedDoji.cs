namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Long-legged doji (TA-Lib <c>CDLLONGLEGGEDDOJI</c>): a doji with at least one shadow longer than its real body
/// (ShadowLong). +100 or 0. Lookback 10.
/// </summary>
public sealed class LongLeggedDoji : CandlestickPattern
{
    private readonly CandleAverage _bodyDoji;
    private readonly CandleAverage _shadowLong;

    /// <summary>Creates the recognizer.</summary>
    public LongLeggedDoji() : base(Math.Max(CandleSettings.BodyDoji.AveragePeriod, CandleSettings.ShadowLong.AveragePeriod))
    {
        _bodyDoji = Average(CandleSettings.BodyDoji, 0);
        _shadowLong = Average(CandleSettings.ShadowLong, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(0) <= _bodyDoji.Average(bars)
        && (bars.LowerShadow(0) > _shadowLong.Average(bars) || bars.UpperShadow(0) > _shadowLong.Average(bars))
            ? 100
            : 0;
}
