namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Evening star (TA-Lib <c>CDLEVENINGSTAR</c>): a long white candle, a short candle whose body gaps up,
/// then a black candle longer than short that closes below the first close by more than <see cref="PenetrationPattern.Penetration"/>
/// of the first body. -100 or 0. Lookback 12.
/// </summary>
public sealed class EveningStar : PenetrationPattern
{
    private readonly CandleAverage _bodyLong;
    private readonly CandleAverage _bodyShort;
    private readonly CandleAverage _bodyShortThird;

    /// <summary>Creates the recognizer.</summary>
    /// <param name="penetration">TA-Lib <c>penetration</c> (default 0.3).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    public EveningStar(double penetration = 0.3)
        : base(Math.Max(CandleSettings.BodyShort.AveragePeriod, CandleSettings.BodyLong.AveragePeriod) + 2, penetration)
    {
        _bodyLong = Average(CandleSettings.BodyLong, 2);
        _bodyShort = Average(CandleSettings.BodyShort, 1);
        _bodyShortThird = Average(CandleSettings.BodyShort, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(2) > _bodyLong.Average(bars)
        && bars.Color(2) == 1
        && bars.RealBody(1) <= _bodyShort.Average(bars)
        && bars.RealBodyGapUp(1, 2)
        && bars.RealBody(0) > _bodyShortThird.Average(bars)
        && bars.Color(0) == -1
        && bars.Close(0) < bars.Close(2) - (bars.RealBody(2) * Penetration)
            ? -100
            : 0;
}
