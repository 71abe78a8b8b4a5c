namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Harami cross (TA-Lib <c>CDLHARAMICROSS</c>): a long candle, then a doji whose real body lies inside the first body.
/// +100 after a black candle, -100 after a white one; +-80 when one end of the bodies coincides. Lookback 11.
/// </summary>
public sealed class HaramiCross : CandlestickPattern
{
    private readonly CandleAverage _bodyLong;
    private readonly CandleAverage _bodyDoji;

    /// <summary>Creates the recognizer.</summary>
    public HaramiCross() : base(Math.Max(CandleSettings.BodyDoji.AveragePeriod, CandleSettings.BodyLong.AveragePeriod) + 1)
    {
        _bodyLong = Average(CandleSettings.BodyLong, 1);
        _bodyDoji = Average(CandleSettings.BodyDoji, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(1) > _bodyLong.Average(bars) && bars.RealBody(0) <= _bodyDoji.Average(bars) ? Harami.InsideScore(bars) : 0;
}
