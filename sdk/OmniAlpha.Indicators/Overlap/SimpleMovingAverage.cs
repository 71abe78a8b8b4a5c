namespace OmniAlpha.Indicators;

/// <summary>
/// SMA(n): the mean of the last n inputs including the current one (TA-Lib <c>SMA</c>). Keeps a running sum
/// over a ring buffer, as TA-Lib does, so each update is O(1). The new and the leaving input enter the sum as one
/// difference (one addition per update), so values can differ from TA-Lib's in the last bits (about 1e-14 relative).
/// A NaN input makes every later value NaN until <see cref="Reset"/>.
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
        _sum += input - _window[_next];
        _window[_next] = input;
        if (++_next == Period) _next = 0;
        Samples++;
        Value = Samples >= Period ? _sum / Period : double.NaN;
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
