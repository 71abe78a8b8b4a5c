namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// A TA-Lib candlestick pattern recognizer fed one bar at a time: <see cref="IIndicator.Value"/> is TA-Lib's integer
/// output as a double (+100 bullish, -100 bearish, 0 none; a few patterns also give +-80 or +-200, as TA-Lib does),
/// NaN until <see cref="Lookback"/> bars were seen. Uses TA-Lib's default <see cref="CandleSettings"/>. The volume is
/// ignored. O(1) per bar without allocation: the last candles sit in a fixed ring and every candle average is a
/// running total.
/// </summary>
/// <remarks>
/// A NaN or infinite price corrupts the running averages for good (as it would in TA-Lib, which then reports 0, "no
/// pattern", for ever after). Here the value is NaN from that bar on, until <see cref="Reset"/>, so bad data is never
/// mistaken for the absence of a pattern.
/// </remarks>
public abstract class CandlestickPattern : IBarIndicator
{
    private readonly CandleWindow _bars = new();
    private readonly List<CandleAverage> _averages = [];
    private readonly int _firstRecognized;
    private bool _sawNonFinitePrice;

    /// <summary>
    /// Creates a pattern with TA-Lib's lookback for it. A pattern that carries state from bar to bar (the hikkakes)
    /// is also run, unreported, over the <paramref name="primingBars"/> bars before the lookback ends, as TA-Lib does.
    /// </summary>
    private protected CandlestickPattern(int lookback, int primingBars = 0)
    {
        Lookback = lookback;
        _firstRecognized = lookback - primingBars;
        Value = double.NaN;
    }

    /// <inheritdoc />
    public int Lookback { get; }

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public double Update(double open, double high, double low, double close, double volume)
    {
        _bars.Add(open, high, low, close);
        if (!(double.IsFinite(open) && double.IsFinite(high) && double.IsFinite(low) && double.IsFinite(close))) _sawNonFinitePrice = true;
        int index = Samples++;
        int recognized = index >= _firstRecognized ? Recognize(_bars) : 0;
        for (int i = 0; i < _averages.Count; i++) _averages[i].Advance(_bars, index, _firstRecognized);
        if (index < Lookback) return double.NaN;
        Value = _sawNonFinitePrice ? double.NaN : recognized;
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _bars.Clear();
        for (int i = 0; i < _averages.Count; i++) _averages[i].Reset();
        Samples = 0;
        Value = double.NaN;
        _sawNonFinitePrice = false;
        OnReset();
    }

    /// <summary>Registers the running average of <paramref name="setting"/> for the candle <paramref name="barsAgo"/> bars back.</summary>
    private protected CandleAverage Average(CandleSetting setting, int barsAgo)
    {
        var average = new CandleAverage(setting, barsAgo);
        _averages.Add(average);
        return average;
    }

    /// <summary>
    /// TA-Lib's output for the newest candle (called from the first recognized bar on, see the constructor), before the
    /// averages move on. <see cref="Samples"/> already counts the newest candle.
    /// </summary>
    private protected abstract int Recognize(CandleWindow bars);

    /// <summary>Forgets state a pattern keeps beyond its candles and averages.</summary>
    private protected virtual void OnReset()
    {
    }
}
