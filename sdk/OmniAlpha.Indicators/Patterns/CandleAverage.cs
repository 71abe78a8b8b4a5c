namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// TA-Lib's rolling "period total" of one candle setting: the sum of the setting's measure over the
/// <see cref="CandleSetting.AveragePeriod"/> candles before the candle <see cref="BarsAgo"/> bars back, kept in O(1)
/// by adding the candle that enters the window and subtracting the one that leaves. The first total is summed in
/// the order TA-Lib sums it, and later ones updated with TA-Lib's arithmetic, so averages are bit-identical.
/// </summary>
internal sealed class CandleAverage
{
    private double _total;

    /// <summary>Creates the total of <paramref name="setting"/> for the candle <paramref name="barsAgo"/> bars back.</summary>
    public CandleAverage(CandleSetting setting, int barsAgo)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(barsAgo);
        if (setting.AveragePeriod + barsAgo >= CandleWindow.Capacity)
            throw new ArgumentOutOfRangeException(nameof(setting), setting.AveragePeriod, "The averaging window reaches past the candles kept.");
        Setting = setting;
        BarsAgo = barsAgo;
    }

    /// <summary>The setting averaged.</summary>
    public CandleSetting Setting { get; }

    /// <summary>The candle whose preceding candles are averaged (0 = the current one).</summary>
    public int BarsAgo { get; }

    /// <summary>
    /// The setting's threshold for the candle <see cref="BarsAgo"/> bars back: factor x (total / period, or the
    /// candle's own measure when the period is 0), halved for shadows (TA-Lib's <c>TA_CANDLEAVERAGE</c>).
    /// </summary>
    public double Average(CandleWindow bars)
    {
        CandleSetting s = Setting;
        double average = s.Factor * (s.AveragePeriod != 0 ? _total / s.AveragePeriod : bars.Range(s, BarsAgo));
        return average / (s.RangeType == CandleRangeType.Shadows ? 2.0 : 1.0);
    }

    /// <summary>
    /// Moves the window on after the candle at zero-based <paramref name="index"/> was added (and, from
    /// <paramref name="firstEvaluated"/> on, evaluated): before the first evaluation the first window is summed, after
    /// it the entering candle is added and the leaving one subtracted.
    /// </summary>
    public void Advance(CandleWindow bars, int index, int firstEvaluated)
    {
        int period = Setting.AveragePeriod;
        if (period == 0) return;
        if (index >= firstEvaluated) _total += bars.Range(Setting, BarsAgo) - bars.Range(Setting, BarsAgo + period);
        else if (index >= firstEvaluated - period) _total += bars.Range(Setting, BarsAgo);
    }

    /// <summary>Forgets the total.</summary>
    public void Reset() => _total = 0;
}
