namespace OmniAlpha.Indicators;

/// <summary>
/// Running sum and sum of squares over the last n inputs in TA-Lib's order of operations (add the new input, read
/// the means, then take the oldest input of the window out), shared by VAR, STDDEV and BBANDS so they reproduce
/// TA-Lib's rounding. O(1) per input over a ring buffer; no allocation after construction.
/// </summary>
internal sealed class WindowSums
{
    private readonly double[] _window;
    private double _sum;
    private double _sumOfSquares;
    private int _next;
    private int _count;

    /// <summary>Creates the sums over <paramref name="period"/> inputs (at least 1).</summary>
    public WindowSums(int period)
    {
        Period = period;
        _window = new double[period];
    }

    /// <summary>Window length n.</summary>
    public int Period { get; }

    /// <summary>
    /// Adds <paramref name="input"/>; once n inputs were seen, gives the window's mean and mean of squares and returns
    /// true (the oldest input then leaves the sums).
    /// </summary>
    public bool Add(double input, out double mean, out double meanOfSquares)
    {
        _sum += input;
        _sumOfSquares += input * input;
        _window[_next] = input;
        if (++_next == Period) _next = 0;
        if (++_count < Period)
        {
            mean = meanOfSquares = double.NaN;
            return false;
        }
        mean = _sum / Period;
        meanOfSquares = _sumOfSquares / Period;
        double oldest = _window[_next];
        _sum -= oldest;
        _sumOfSquares -= oldest * oldest;
        return true;
    }

    /// <summary>Forgets all inputs.</summary>
    public void Reset()
    {
        Array.Clear(_window);
        _sum = _sumOfSquares = 0;
        _next = 0;
        _count = 0;
    }
}
