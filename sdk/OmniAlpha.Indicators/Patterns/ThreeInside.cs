namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Three inside up/down (TA-Lib <c>CDL3INSIDE</c>): a harami (a long candle, then a short one strictly inside its
/// body) confirmed by a third candle of the opposite colour to the first that closes beyond the first's open.
/// +100 inside up, -100 inside down. Lookback 12.
/// </summary>
public sealed class ThreeInside : CandlestickPattern
{
    private readonly CandleAverage _bodyLong;
    private readonly CandleAverage _bodyShort;

    /// <summary>Creates the recognizer.</summary>
    public ThreeInside() : base(Math.Max(CandleSettings.BodyShort.AveragePeriod, CandleSettings.BodyLong.AveragePeriod) + 2)
    {
        _bodyLong = Average(CandleSettings.BodyLong, 2);
        _bodyShort = Average(CandleSettings.BodyShort, 1);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(2) > _bodyLong.Average(bars)
        && bars.RealBody(1) <= _bodyShort.Average(bars)
        && bars.BodyTop(1) < bars.BodyTop(2)
        && bars.BodyBottom(1) > bars.BodyBottom(2)
        && ((bars.Color(2) == 1 && bars.Color(0) == -1 && bars.Close(0) < bars.Open(2))
            || (bars.Color(2) == -1 && bars.Color(0) == 1 && bars.Close(0) > bars.Open(2)))
            ? -bars.Color(2) * 100
            : 0;
}
