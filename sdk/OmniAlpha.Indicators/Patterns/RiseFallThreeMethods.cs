namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Rising/falling three methods (TA-Lib <c>CDLRISEFALL3METHODS</c>): a long candle, three small opposite-coloured
/// candles drifting against it with bodies inside its range, then a long candle of the first colour opening beyond
/// the last close and closing beyond the first close. +100 rising (white first), -100 falling. Lookback 14.
/// </summary>
public sealed class RiseFallThreeMethods : CandlestickPattern
{
    private readonly CandleAverage _bodyLong4;
    private readonly CandleAverage[] _bodyShort = new CandleAverage[4];
    private readonly CandleAverage _bodyLong0;

    /// <summary>Creates the recognizer.</summary>
    public RiseFallThreeMethods() : base(Math.Max(CandleSettings.BodyShort.AveragePeriod, CandleSettings.BodyLong.AveragePeriod) + 4)
    {
        _bodyLong4 = Average(CandleSettings.BodyLong, 4);
        for (int k = 3; k >= 1; k--) _bodyShort[k] = Average(CandleSettings.BodyShort, k);
        _bodyLong0 = Average(CandleSettings.BodyLong, 0);
    }

    private protected override int Recognize(CandleWindow bars)
    {
        if (!(bars.RealBody(4) > _bodyLong4.Average(bars)
            && bars.RealBody(3) < _bodyShort[3].Average(bars)
            && bars.RealBody(2) < _bodyShort[2].Average(bars)
            && bars.RealBody(1) < _bodyShort[1].Average(bars)
            && bars.RealBody(0) > _bodyLong0.Average(bars)
            && bars.Color(4) == -bars.Color(3) && bars.Color(3) == bars.Color(2)
            && bars.Color(2) == bars.Color(1) && bars.Color(1) == -bars.Color(0))) return 0;
        double high = bars.High(4), low = bars.Low(4);
        for (int k = 3; k >= 1; k--)
            if (!(bars.BodyBottom(k) < high && bars.BodyTop(k) > low)) return 0;
        int color = bars.Color(4);
        return bars.Close(2) * color < bars.Close(3) * color
            && bars.Close(1) * color < bars.Close(2) * color
            && bars.Open(0) * color > bars.Close(1) * color
            && bars.Close(0) * color > bars.Close(4) * color
                ? 100 * color
                : 0;
    }
}
