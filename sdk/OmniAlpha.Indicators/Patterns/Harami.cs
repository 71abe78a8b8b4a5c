namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Harami (TA-Lib <c>CDLHARAMI</c>): a long candle, then a short one whose real body lies inside the first body.
/// +100 after a black candle, -100 after a white one; +-80 when one end of the bodies coincides. Lookback 11.
/// </summary>
public sealed class Harami : CandlestickPattern
{
    private readonly CandleAverage _bodyLong;
    private readonly CandleAverage _bodyShort;

    /// <summary>Creates the recognizer.</summary>
    public Harami() : base(Math.Max(CandleSettings.BodyShort.AveragePeriod, CandleSettings.BodyLong.AveragePeriod) + 1)
    {
        _bodyLong = Average(CandleSettings.BodyLong, 1);
        _bodyShort = Average(CandleSettings.BodyShort, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(1) > _bodyLong.Average(bars) && bars.RealBody(0) <= _bodyShort.Average(bars) ? InsideScore(bars) : 0;

    /// <summary>TA-Lib's harami scoring of the second body inside the first: +-100 strictly inside, +-80 touching one end.</summary>
    internal static int InsideScore(CandleWindow bars)
    {
        double top = bars.BodyTop(0), bottom = bars.BodyBottom(0), priorTop = bars.BodyTop(1), priorBottom = bars.BodyBottom(1);
        if (top < priorTop && bottom > priorBottom) return -bars.Color(1) * 100;
        if (top <= priorTop && bottom >= priorBottom) return -bars.Color(1) * 80;
        return 0;
    }
}
