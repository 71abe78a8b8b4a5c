namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Rickshaw man (TA-Lib <c>CDLRICKSHAWMAN</c>): a doji with both shadows long and the body near the middle of the
/// high-low range. +100 or 0. Lookback 10.
/// </summary>
public sealed class RickshawMan : CandlestickPattern
{
    private readonly CandleAverage _bodyDoji;
    private readonly CandleAverage _shadowLong;
    private readonly CandleAverage _near;

    /// <summary>Creates the recognizer.</summary>
    public RickshawMan() : base(Math.Max(Math.Max(CandleSettings.BodyDoji.AveragePeriod, CandleSettings.ShadowLong.AveragePeriod),
        CandleSettings.Near.AveragePeriod))
    {
        _bodyDoji = Average(CandleSettings.BodyDoji, 0);
        _shadowLong = Average(CandleSettings.ShadowLong, 0);
        _near = Average(CandleSettings.Near, 0);
    }

    private protected override int Recognize(CandleWindow bars)
    {
        if (!(bars.RealBody(0) <= _bodyDoji.Average(bars)
            && bars.LowerShadow(0) > _shadowLong.Average(bars)
            && bars.UpperShadow(0) > _shadowLong.Average(bars))) return 0;
        double midpoint = bars.Low(0) + (bars.HighLowRange(0) / 2);
        double near = _near.Average(bars);
        return bars.BodyBottom(0) <= midpoint + near && bars.BodyTop(0) >= midpoint - near ? 100 : 0;
    }
}
