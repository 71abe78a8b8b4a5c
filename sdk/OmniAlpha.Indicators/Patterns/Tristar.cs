namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Tristar (TA-Lib <c>CDLTRISTAR</c>): three dojis (judged against the average before the first), the middle one
/// gapping away: -100 when it gaps up and the third is not higher, +100 when it gaps down and the third is not
/// lower. Lookback 12.
/// </summary>
public sealed class Tristar : CandlestickPattern
{
    private readonly CandleAverage _bodyDoji;

    /// <summary>Creates the recognizer.</summary>
    public Tristar() : base(CandleSettings.BodyDoji.AveragePeriod + 2) => _bodyDoji = Average(CandleSettings.BodyDoji, 2);

    private protected override int Recognize(CandleWindow bars)
    {
        double doji = _bodyDoji.Average(bars);
        if (!(bars.RealBody(2) <= doji && bars.RealBody(1) <= doji && bars.RealBody(0) <= doji)) return 0;
        int result = 0;
        if (bars.RealBodyGapUp(1, 2) && bars.BodyTop(0) < bars.BodyTop(1)) result = -100;
        if (bars.RealBodyGapDown(1, 2) && bars.BodyBottom(0) > bars.BodyBottom(1)) result = 100;
        return result;
    }
}
