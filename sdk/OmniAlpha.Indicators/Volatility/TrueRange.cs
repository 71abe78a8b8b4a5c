namespace OmniAlpha.Indicators;

/// <summary>
/// TRANGE: the true range of a bar, the largest of high - low, |previous close - high| and |previous close - low|,
/// as TA-Lib's <c>TRANGE</c>. The first bar has no previous close, so the first value comes with the second bar
/// (lookback 1). A NaN input gives NaN for the bars that use it. Uses a bar's high, low and close.
/// </summary>
public sealed class TrueRange : IBarIndicator
{
    private double _previousClose;

    /// <summary>Creates the true range.</summary>
    public TrueRange() => Value = double.NaN;

    /// <inheritdoc />
    public int Lookback => 1;

    /// <inheritdoc />
    public bool IsReady => Samples > 1;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>The true range of a bar given the previous bar's close, in TA-Lib's order of comparisons.</summary>
    public static double Of(double high, double low, double previousClose)
    {
        double greatest = high - low;
        double toHigh = Math.Abs(previousClose - high);
        if (toHigh > greatest) greatest = toHigh;
        double toLow = Math.Abs(previousClose - low);
        if (toLow > greatest) greatest = toLow;
        return double.IsNaN(toHigh) || double.IsNaN(toLow) ? double.NaN : greatest;
    }

    /// <summary>Feeds the next bar and returns its true range (NaN for the first bar).</summary>
    public double Update(double high, double low, double close)
    {
        Samples++;
        double previousClose = _previousClose;
        _previousClose = close;
        if (Samples == 1) return double.NaN;
        Value = Of(high, low, previousClose);
        return Value;
    }

    /// <inheritdoc />
    public double Update(double open, double high, double low, double close, double volume) => Update(high, low, close);

    /// <inheritdoc />
    public void Reset()
    {
        _previousClose = 0;
        Samples = 0;
        Value = double.NaN;
    }
}
