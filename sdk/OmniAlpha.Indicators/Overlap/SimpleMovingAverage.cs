namespace OmniAlpha.Indicators;

/// <summary>
/// SMA(n): the mean of the last n inputs including the current one (TA-Lib <c>SMA</c>). Keeps a running sum
/// over a ring buffer in TA-Lib's order (add the new input, divide, then take the oldest input out), so each update is
/// O(1) and the values are TA-Lib's to the last bit. A NaN input makes every later value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class SimpleMovingAverage : ISeriesIndicator
{
    private readonly double[] _window;
    private double _sum;
    private int _next;

    /// <summary>Creates an SMA over <paramref name="period"/> inputs.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public SimpleMovingAverage(int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        Period = period;
        _window = new double[period];
        Value = double.NaN;
    }

    /// <summary>Number of inputs averaged.</summary>
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
        _sum += input;
        _window[_next] = input;
        if (++_next == Period) _next = 0;
        Samples++;
        if (Samples < Period) return double.NaN;
        Value = _sum / Period;
        _sum -= _window[_next]; // the oldest input of this window leaves before the next update
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        Array.Clear(_window);
        _sum = 0;
        _next = 0;
        Samples = 0;
        Value = double.NaN;
    }
}
