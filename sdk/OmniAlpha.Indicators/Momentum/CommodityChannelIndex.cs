namespace OmniAlpha.Indicators;

/// <summary>
/// CCI(n) as TA-Lib's <c>CCI</c>: with the typical price tp = (high + low + close) / 3, its n-bar mean m and mean
/// absolute deviation d = Σ|tp − m| / n, CCI = (tp − m) / (0.015 × d); 0 when tp = m or d = 0. Lookback n − 1.
/// The mean deviation has no running form, so each update costs O(n) (summed in TA-Lib's ring-buffer order, for
/// identical values); it does not allocate. A NaN input gives NaN while it is among the last n bars.
/// </summary>
public sealed class CommodityChannelIndex : IBarIndicator
{
    private readonly double[] _typicalPrices;
    private int _next;

    /// <summary>Creates a CCI of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    public CommodityChannelIndex(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        _typicalPrices = new double[period];
        Value = double.NaN;
    }

    /// <summary>Period n.</summary>
    public int Period => _typicalPrices.Length;

    /// <inheritdoc />
    public int Lookback => Period - 1;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Feeds the next bar and returns the CCI (NaN while not ready).</summary>
    public double Update(double high, double low, double close)
    {
        Samples++;
        var window = _typicalPrices;
        double typical = (high + low + close) / 3;
        window[_next] = typical;
        if (++_next == window.Length) _next = 0;
        if (Samples < window.Length) return double.NaN;
        double mean = 0;
        for (int j = 0; j < window.Length; j++) mean += window[j];
        mean /= window.Length;
        double deviation = 0;
        for (int j = 0; j < window.Length; j++) deviation += Math.Abs(window[j] - mean);
        double distance = typical - mean;
        Value = distance != 0.0 && deviation != 0.0 ? distance / (0.015 * (deviation / window.Length)) : 0.0;
        return Value;
    }

    /// <inheritdoc />
    double IBarIndicator.Update(double open, double high, double low, double close, double volume) => Update(high, low, close);

    /// <inheritdoc />
    public void Reset()
    {
        Array.Clear(_typicalPrices);
        _next = 0;
        Samples = 0;
        Value = double.NaN;
    }
}
