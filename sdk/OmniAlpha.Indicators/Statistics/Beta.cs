namespace OmniAlpha.Indicators;

/// <summary>
/// BETA(n), as TA-Lib's <c>BETA</c>: the least-squares slope of the second series' returns on the first series' returns
/// over the last n returns, (n Sxy - Sx Sy) / (n Sxx - Sx^2), where a return is (p(t) - p(t-1)) / p(t-1) (0 when the
/// previous price is within 1e-14 of zero). Returns need a previous price, so the first value comes with pair n+1
/// (lookback n); beta is 0 when the first series' returns do not vary (denominator within 1e-14 of zero). Running sums
/// in TA-Lib's order, so values are TA-Lib's. TA-Lib's default inputs are high (first) and low (second). A NaN input
/// makes every later value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class Beta : IPairIndicator
{
    private readonly double[] _x;
    private readonly double[] _y;
    private double _sxx, _sxy, _sx, _sy;
    private double _lastX, _lastY;
    private int _next;

    /// <summary>Creates the beta over <paramref name="period"/> returns.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1 (TA-Lib's range is 1..100000).</exception>
    public Beta(int period = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        Period = period;
        _x = new double[period];
        _y = new double[period];
        Value = double.NaN;
    }

    /// <summary>Number of returns in the window.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int Lookback => Period;

    /// <inheritdoc />
    public bool IsReady => Samples > Period;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Feeds the next prices of the independent (<paramref name="input0"/>) and dependent (<paramref name="input1"/>) series.</summary>
    public double Update(double input0, double input1)
    {
        Samples++;
        double lastX = _lastX, lastY = _lastY;
        _lastX = input0;
        _lastY = input1;
        if (Samples == 1) return double.NaN;
        double x = IsZero(lastX) ? 0.0 : (input0 - lastX) / lastX;
        double y = IsZero(lastY) ? 0.0 : (input1 - lastY) / lastY;
        _sxx += x * x;
        _sxy += x * y;
        _sx += x;
        _sy += y;
        _x[_next] = x;
        _y[_next] = y;
        if (++_next == Period) _next = 0;
        if (Samples <= Period) return double.NaN;
        double n = Period;
        double denominator = (n * _sxx) - (_sx * _sx);
        Value = IsZero(denominator) ? 0.0 : ((n * _sxy) - (_sx * _sy)) / denominator;
        // The oldest return leaves the sums for the next value.
        double oldX = _x[_next], oldY = _y[_next];
        _sxx -= oldX * oldX;
        _sxy -= oldX * oldY;
        _sx -= oldX;
        _sy -= oldY;
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        Array.Clear(_x);
        Array.Clear(_y);
        _sxx = _sxy = _sx = _sy = 0;
        _lastX = _lastY = 0;
        _next = 0;
        Samples = 0;
        Value = double.NaN;
    }

    private static bool IsZero(double value) => -1e-14 < value && value < 1e-14;
}
