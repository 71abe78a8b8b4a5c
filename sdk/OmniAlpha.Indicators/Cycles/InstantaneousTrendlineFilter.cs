namespace OmniAlpha.Indicators;

/// <summary>
/// TA-Lib's instantaneous trendline (shared by HT_TRENDLINE and HT_TRENDMODE): the simple mean of the last
/// int(period + 0.5) raw inputs at the measured dominant cycle period, then a 4-3-2-1 weighted average of the last
/// four such means. Keeps the last 64 inputs in a ring; at most 50 are summed per update, without allocating.
/// </summary>
internal sealed class InstantaneousTrendlineFilter
{
    private const int Capacity = 64;

    private readonly double[] _inputs = new double[Capacity];
    private int _count;
    private double _trend1, _trend2, _trend3;

    /// <summary>Records an input (every input, including warm-up ones, is needed for the means).</summary>
    public void Record(double input) => _inputs[_count++ & (Capacity - 1)] = input;

    /// <summary>The trendline value after the newest recorded input, given the core's smoothed period.</summary>
    public double Update(double smoothPeriod)
    {
        int cycle = (int)(smoothPeriod + 0.5);
        double mean = 0.0;
        int index = _count - 1;
        for (int i = 0; i < cycle; i++) mean += _inputs[index-- & (Capacity - 1)];
        if (cycle > 0) mean /= cycle;
        double trendline = ((4.0 * mean) + (3.0 * _trend1) + (2.0 * _trend2) + _trend3) / 10.0;
        _trend3 = _trend2;
        _trend2 = _trend1;
        _trend1 = mean;
        return trendline;
    }

    /// <summary>Forgets all inputs.</summary>
    public void Reset()
    {
        Array.Clear(_inputs);
        _count = 0;
        _trend1 = _trend2 = _trend3 = 0;
    }
}
