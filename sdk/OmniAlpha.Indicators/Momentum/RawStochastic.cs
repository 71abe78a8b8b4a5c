namespace OmniAlpha.Indicators;

/// <summary>
/// The unsmoothed stochastic %K shared by STOCH, STOCHF and STOCHRSI, with TA-Lib's arithmetic:
/// (close − lowest low) / ((highest high − lowest low) / 100) over the last n bars, 0 when the range is 0.
/// Highest and lowest come from <see cref="RollingExtremeWindow"/>s (amortised O(1)).
/// </summary>
internal sealed class RawStochastic
{
    private readonly RollingExtremeWindow _highs;
    private readonly RollingExtremeWindow _lows;
    private int _bars;

    /// <summary>%K over <paramref name="period"/> bars.</summary>
    public RawStochastic(int period)
    {
        _highs = new RollingExtremeWindow(period, highest: true);
        _lows = new RollingExtremeWindow(period, highest: false);
    }

    /// <summary>Bars in the window.</summary>
    public int Period => _highs.Length;

    /// <summary>Feeds a bar; returns %K once <see cref="Period"/> bars were seen, NaN before.</summary>
    public double Update(double high, double low, double close)
    {
        _highs.Add(high);
        _lows.Add(low);
        if (_bars < Period && ++_bars < Period) return double.NaN;
        double lowest = _lows.Extreme;
        double range = (_highs.Extreme - lowest) / 100.0;
        return range != 0.0 ? (close - lowest) / range : 0.0;
    }

    /// <summary>Forgets all bars.</summary>
    public void Reset()
    {
        _highs.Reset();
        _lows.Reset();
        _bars = 0;
    }
}
