namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Dark cloud cover (TA-Lib <c>CDLDARKCLOUDCOVER</c>): a long white candle, then a black one opening above its high
/// and closing inside its body, below the first close by more than <see cref="PenetrationPattern.Penetration"/> of
/// the first body. -100 or 0. Lookback 11.
/// </summary>
public sealed class DarkCloudCover : PenetrationPattern
{
    private readonly CandleAverage _bodyLong;

    /// <summary>Creates the recognizer.</summary>
    /// <param name="penetration">TA-Lib <c>penetration</c> (default 0.5).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    public DarkCloudCover(double penetration = 0.5) : base(CandleSettings.BodyLong.AveragePeriod + 1, penetration) =>
        _bodyLong = Average(CandleSettings.BodyLong, 1);

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(1) == 1 && bars.RealBody(1) > _bodyLong.Average(bars)
        && bars.Color(0) == -1
        && bars.Open(0) > bars.High(1)
        && bars.Close(0) > bars.Open(1)
        && bars.Close(0) < bars.Close(1) - (bars.RealBody(1) * Penetration)
            ? -100
            : 0;
}
