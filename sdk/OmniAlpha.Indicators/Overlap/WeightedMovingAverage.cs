namespace OmniAlpha.Indicators;

/// <summary>
/// WMA(n): the linearly weighted mean of the last n inputs, the newest weighing n and the oldest 1, divided by
/// n(n+1)/2 (TA-Lib <c>WMA</c>). Uses TA-Lib's running sums (a weighted sum and a plain sum adjusted by one input in
/// and one out per update) in TA-Lib's order of operations, so each update is O(1) and the values are TA-Lib's.
/// One deliberate difference: TA-Lib computes the divider n(n+1)/2 in an int, which overflows for periods above 46340;
/// here it does not. A NaN input makes every later value NaN (it stays in the running sums) until <see cref="Reset"/>.
/// </summary>
public sealed class WeightedMovingAverage : ISeriesIndicator
{
    private readonly double[] _window;
    private readonly double _divider;
    private double _weightedSum;
    private double _plainSum;
    private double _trailing;
    private int _next;

    /// <summary>Creates a WMA over <paramref name="period"/> inputs.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2 (TA-Lib's range is 2..100000).</exception>
    public WeightedMovingAverage(int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        Period = period;
        _window = new double[period];
        _divider = period * (period + 1L) / 2; // TA-Lib's int product overflows above 46340; a long does not
        Value = double.NaN;
    }

    /// <summary>Number of inputs weighted.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int Lookback => Period - 1;

    /// <inheritdoc />
    public bool IsReady => Samples >= Period;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public double Update(double input)
    {
        Samples++;
        _window[_next] = input;
        if (++_next == Period) _next = 0;
        if (Samples < Period)
        {
            _plainSum += input;
            _weightedSum += input * Samples;
            return double.NaN;
        }
        _plainSum += input;
        _plainSum -= _trailing;
        _weightedSum += input * Period;
        _trailing = _window[_next]; // the oldest input of this window leaves the sums at the next update
        Value = _weightedSum / _divider;
        _weightedSum -= _plainSum;
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        Array.Clear(_window);
        _weightedSum = _plainSum = _trailing = 0;
        _next = 0;
        Samples = 0;
        Value = double.NaN;
    }
}
