namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Evening doji star (TA-Lib <c>CDLEVENINGDOJISTAR</c>): a long white candle, a doji whose body gaps up,
/// then a black candle longer than short that closes below the first close by more than <see cref="PenetrationPattern.Penetration"/>
/// of the first body. -100 or 0. Lookback 12.
/// </summary>
public sealed class EveningDojiStar : PenetrationPattern
{
    private readonly CandleAverage _bodyLong;
    private readonly CandleAverage _bodyDoji;
    private readonly CandleAverage _bodyShort;

    /// <summary>Creates the recognizer.</summary>
    /// <param name="penetration">TA-Lib <c>penetration</c> (default 0.3).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    public EveningDojiStar(double penetration = 0.3)
        : base(Math.Max(Math.Max(CandleSettings.BodyDoji.AveragePeriod, CandleSettings.BodyLong.AveragePeriod), CandleSettings.BodyShort.AveragePeriod) + 2, penetration)
    {
        _bodyLong = Average(CandleSettings.BodyLong, 2);
        _bodyDoji = Average(CandleSettings.BodyDoji, 1);
        _bodyShort = Average(CandleSettings.BodyShort, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(2) > _bodyLong.Average(bars)
        && bars.Color(2) == 1
        && bars.RealBody(1) <= _bodyDoji.Average(bars)
        && bars.RealBodyGapUp(1, 2)
        && bars.RealBody(0) > _bodyShort.Average(bars)
        && bars.Color(0) == -1
        && bars.Close(0) < bars.Close(2) - (bars.RealBody(2) * Penetration)
            ? -100
            : 0;
}
