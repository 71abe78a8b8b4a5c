namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// The last 16 candles a pattern has seen, addressed by how many bars ago (0 = the current candle), with TA-Lib's
/// candle measures (real body, shadows, colour, gaps). A fixed ring: adding a candle is O(1) and never allocates.
/// </summary>
internal sealed class CandleWindow
{
    /// <summary>Candles kept; enough for TA-Lib's longest window (a 10-candle average ending 4 candles back).</summary>
    public const int Capacity = 16;

    private const int Mask = Capacity - 1;
    private readonly double[] _open = new double[Capacity];
    private readonly double[] _high = new double[Capacity];
    private readonly double[] _low = new double[Capacity];
    private readonly double[] _close = new double[Capacity];
    private int _newest = Mask;

    /// <summary>Adds the newest candle.</summary>
    public void Add(double open, double high, double low, double close)
    {
        _newest = (_newest + 1) & Mask;
        _open[_newest] = open;
        _high[_newest] = high;
        _low[_newest] = low;
        _close[_newest] = close;
    }

    /// <summary>Forgets every candle.</summary>
    public void Clear()
    {
        Array.Clear(_open);
        Array.Clear(_high);
        Array.Clear(_low);
        Array.Clear(_close);
        _newest = Mask;
    }

    /// <summary>Open of the candle <paramref name="barsAgo"/> bars back.</summary>
    public double Open(int barsAgo) => _open[(_newest - barsAgo) & Mask];

    /// <summary>High of the candle <paramref name="barsAgo"/> bars back.</summary>
    public double High(int barsAgo) => _high[(_newest - barsAgo) & Mask];

    /// <summary>Low of the candle <paramref name="barsAgo"/> bars back.</summary>
    public double Low(int barsAgo) => _low[(_newest - barsAgo) & Mask];

    /// <summary>Close of the candle <paramref name="barsAgo"/> bars back.</summary>
    public double Close(int barsAgo) => _close[(_newest - barsAgo) & Mask];

    /// <summary>|close - open|.</summary>
    public double RealBody(int barsAgo) => Math.Abs(Close(barsAgo) - Open(barsAgo));

    /// <summary>high - max(open, close).</summary>
    public double UpperShadow(int barsAgo)
    {
        double open = Open(barsAgo), close = Close(barsAgo);
        return High(barsAgo) - (close >= open ? close : open);
    }

    /// <summary>min(open, close) - low.</summary>
    public double LowerShadow(int barsAgo)
    {
        double open = Open(barsAgo), close = Close(barsAgo);
        return (close >= open ? open : close) - Low(barsAgo);
    }

    /// <summary>high - low.</summary>
    public double HighLowRange(int barsAgo) => High(barsAgo) - Low(barsAgo);

    /// <summary>+1 for a white (close at or above open) candle, -1 for a black one.</summary>
    public int Color(int barsAgo) => Close(barsAgo) >= Open(barsAgo) ? 1 : -1;

    /// <summary>Top of the real body: max(open, close).</summary>
    public double BodyTop(int barsAgo) => Math.Max(Open(barsAgo), Close(barsAgo));

    /// <summary>Bottom of the real body: min(open, close).</summary>
    public double BodyBottom(int barsAgo) => Math.Min(Open(barsAgo), Close(barsAgo));

    /// <summary>The measure <paramref name="setting"/> averages, on the candle <paramref name="barsAgo"/> bars back.</summary>
    public double Range(in CandleSetting setting, int barsAgo) => setting.RangeType switch
    {
        CandleRangeType.RealBody => RealBody(barsAgo),
        CandleRangeType.HighLow => HighLowRange(barsAgo),
        _ => UpperShadow(barsAgo) + LowerShadow(barsAgo),
    };

    /// <summary>The real body of candle <paramref name="later"/> lies wholly above that of candle <paramref name="earlier"/>.</summary>
    public bool RealBodyGapUp(int later, int earlier) => BodyBottom(later) > BodyTop(earlier);

    /// <summary>The real body of candle <paramref name="later"/> lies wholly below that of candle <paramref name="earlier"/>.</summary>
    public bool RealBodyGapDown(int later, int earlier) => BodyTop(later) < BodyBottom(earlier);

    /// <summary>Candle <paramref name="later"/>'s low is above candle <paramref name="earlier"/>'s high.</summary>
    public bool GapUp(int later, int earlier) => Low(later) > High(earlier);

    /// <summary>Candle <paramref name="later"/>'s high is below candle <paramref name="earlier"/>'s low.</summary>
    public bool GapDown(int later, int earlier) => High(later) < Low(earlier);
}
