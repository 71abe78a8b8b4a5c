namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Mat hold (TA-Lib <c>CDLMATHOLD</c>): a long white candle, three small candles (the first black, gapping up) that
/// hold within the upper part of its body (no lower than <see cref="PenetrationPattern.Penetration"/> of it below
/// its close) and drift lower, then a white candle opening above the last close and closing above their highs.
/// +100 or 0. Lookback 14.
/// </summary>
public sealed class MatHold : PenetrationPattern
{
    private readonly CandleAverage _bodyLong;
    private readonly CandleAverage[] _bodyShort = new CandleAverage[4];

    /// <summary>Creates the recognizer.</summary>
    /// <param name="penetration">TA-Lib <c>penetration</c> (default 0.5).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    public MatHold(double penetration = 0.5)
        : base(Math.Max(CandleSettings.BodyShort.AveragePeriod, CandleSettings.BodyLong.AveragePeriod) + 4, penetration)
    {
        _bodyLong = Average(CandleSettings.BodyLong, 4);
        for (int k = 3; k >= 1; k--) _bodyShort[k] = Average(CandleSettings.BodyShort, k);
    }

    private protected override int Recognize(CandleWindow bars)
    {
        if (!(bars.RealBody(4) > _bodyLong.Average(bars)
            && bars.RealBody(3) < _bodyShort[3].Average(bars)
            && bars.RealBody(2) < _bodyShort[2].Average(bars)
            && bars.RealBody(1) < _bodyShort[1].Average(bars)
            && bars.Color(4) == 1 && bars.Color(3) == -1 && bars.Color(0) == 1
            && bars.RealBodyGapUp(3, 4))) return 0;
        double floor = bars.Close(4) - (bars.RealBody(4) * Penetration);
        return bars.BodyBottom(2) < bars.Close(4) && bars.BodyBottom(1) < bars.Close(4)
            && bars.BodyBottom(2) > floor && bars.BodyBottom(1) > floor
            && bars.BodyTop(2) < bars.Open(3)
            && bars.BodyTop(1) < bars.BodyTop(2)
            && bars.Open(0) > bars.Close(1)
            && bars.Close(0) > Math.Max(Math.Max(bars.High(3), bars.High(2)), bars.High(1))
                ? 100
                : 0;
    }
}
