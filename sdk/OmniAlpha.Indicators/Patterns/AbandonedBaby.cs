namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Abandoned baby (TA-Lib <c>CDLABANDONEDBABY</c>): a long candle, a doji separated from it by a price gap, then a
/// candle longer than short of the opposite colour gapping back the other way and closing inside the first body by
/// more than <see cref="PenetrationPattern.Penetration"/> of it. The third candle's colour gives the sign. Lookback 12.
/// </summary>
public sealed class AbandonedBaby : PenetrationPattern
{
    private readonly CandleAverage _bodyLong;
    private readonly CandleAverage _bodyDoji;
    private readonly CandleAverage _bodyShort;

    /// <summary>Creates the recognizer.</summary>
    /// <param name="penetration">TA-Lib <c>penetration</c> (default 0.3).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    public AbandonedBaby(double penetration = 0.3)
        : base(Math.Max(Math.Max(CandleSettings.BodyDoji.AveragePeriod, CandleSettings.BodyLong.AveragePeriod), CandleSettings.BodyShort.AveragePeriod) + 2, penetration)
    {
        _bodyLong = Average(CandleSettings.BodyLong, 2);
        _bodyDoji = Average(CandleSettings.BodyDoji, 1);
        _bodyShort = Average(CandleSettings.BodyShort, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(2) > _bodyLong.Average(bars)
        && bars.RealBody(1) <= _bodyDoji.Average(bars)
        && bars.RealBody(0) > _bodyShort.Average(bars)
        && ((bars.Color(2) == 1 && bars.Color(0) == -1
                && bars.Close(0) < bars.Close(2) - (bars.RealBody(2) * Penetration)
                && bars.GapUp(1, 2) && bars.GapDown(0, 1))
            || (bars.Color(2) == -1 && bars.Color(0) == 1
                && bars.Close(0) > bars.Close(2) + (bars.RealBody(2) * Penetration)
                && bars.GapDown(1, 2) && bars.GapUp(0, 1)))
            ? bars.Color(0) * 100
            : 0;
}
