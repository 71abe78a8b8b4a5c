namespace OmniAlpha.Indicators;

/// <summary>
/// Donchian channels (not in TA-Lib): upper = the highest high and lower = the lowest low of the last n bars including
/// the current one, middle = (upper + lower) / 2 (so the middle equals TA-Lib's MIDPRICE). A breakout rule that compares
/// a bar with the channel of the bars before it should use the previous bar's values. Monotonic deques keep each update
/// amortised O(1). The first values come with bar n (lookback n-1). A NaN high or low gives NaN while that bar is in the
/// window. Uses a bar's high and low.
/// </summary>
public sealed class DonchianChannels : IBarIndicator, IMultiOutputIndicator
{
    private static readonly string[] Names = ["upperband", "middleband", "lowerband"];
    private readonly SlidingExtreme _highest;
    private readonly SlidingExtreme _lowest;

    /// <summary>Creates Donchian channels over <paramref name="period"/> bars.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public DonchianChannels(int period = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        Period = period;
        _highest = new SlidingExtreme(period, highest: true);
        _lowest = new SlidingExtreme(period, highest: false);
        UpperBand = MiddleBand = LowerBand = double.NaN;
    }

    /// <summary>Number of bars in the window.</summary>
    public int Period { get; }

    /// <summary>Highest high of the window (output 0, also <see cref="Value"/>).</summary>
    public double UpperBand { get; private set; }

    /// <summary>Midpoint of the channel (output 1).</summary>
    public double MiddleBand { get; private set; }

    /// <summary>Lowest low of the window (output 2).</summary>
    public double LowerBand { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<string> OutputNames => Names;

    /// <inheritdoc />
    public int Lookback => Period - 1;

    /// <inheritdoc />
    public bool IsReady => Samples >= Period;

    /// <inheritdoc />
    public double Value => UpperBand;

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public double GetOutput(int index) => index switch
    {
        0 => UpperBand,
        1 => MiddleBand,
        2 => LowerBand,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "DONCHIAN has outputs 0 (upperband), 1 (middleband) and 2 (lowerband)."),
    };

    /// <summary>Feeds the next bar's high and low and returns the upper band (NaN while not ready).</summary>
    public double Update(double high, double low)
    {
        Samples++;
        double highest = _highest.Add(high);
        double lowest = _lowest.Add(low);
        if (Samples < Period) return double.NaN;
        UpperBand = highest;
        LowerBand = lowest;
        MiddleBand = (highest + lowest) / 2.0;
        return UpperBand;
    }

    /// <inheritdoc />
    public double Update(double open, double high, double low, double close, double volume) => Update(high, low);

    /// <inheritdoc />
    public void Reset()
    {
        _highest.Reset();
        _lowest.Reset();
        Samples = 0;
        UpperBand = MiddleBand = LowerBand = double.NaN;
    }
}
