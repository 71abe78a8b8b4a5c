namespace OmniAlpha.Indicators;

/// <summary>
/// Least-squares line through the last n inputs, as TA-Lib's LINEARREG family fits it: x counts bars back (the newest
/// input has x = 0, the oldest x = n-1) and the slope m and intercept b are returned for forward time, so the fitted
/// value at the oldest bar is b and at the newest b + m(n-1). TA-Lib recomputes the sums over the window for every
/// value; this keeps sum(y) and sum(x y) as running sums (when a new input arrives every other input ages by one bar,
/// so sum(x y) grows by sum(y) and loses n times the input leaving), which is O(1) per input and agrees with TA-Lib's
/// values up to rounding.
/// </summary>
internal sealed class RegressionWindow
{
    private readonly double[] _window;
    private readonly double _sumX;
    private readonly double _divisor;
    private double _sumY;
    private double _sumXY;
    private int _next;
    private int _count;

    /// <summary>Creates the fit over <paramref name="period"/> inputs (at least 2).</summary>
    public RegressionWindow(int period)
    {
        Period = period;
        _window = new double[period];
        _sumX = period * (period - 1) * 0.5;
        double sumXSquared = (double)period * (period - 1) * (2.0 * period - 1) / 6.0;
        _divisor = _sumX * _sumX - period * sumXSquared;
    }

    /// <summary>Window length n.</summary>
    public int Period { get; }

    /// <summary>Slope per bar of the latest fit (forward in time).</summary>
    public double Slope { get; private set; }

    /// <summary>Fitted value at the oldest bar of the window (TA-Lib's intercept).</summary>
    public double Intercept { get; private set; }

    /// <summary>Adds <paramref name="input"/>; returns true once n inputs were seen (the fit is then updated).</summary>
    public bool Add(double input)
    {
        bool full = _count == Period;
        double leaving = full ? _window[_next] : 0.0;
        _sumXY += _sumY - Period * leaving;
        _sumY += input - leaving;
        _window[_next] = input;
        if (++_next == Period) _next = 0;
        if (!full && ++_count < Period) return false;
        Slope = (Period * _sumXY - _sumX * _sumY) / _divisor;
        Intercept = (_sumY - Slope * _sumX) / Period;
        return true;
    }

    /// <summary>Forgets all inputs.</summary>
    public void Reset()
    {
        Array.Clear(_window);
        _sumY = _sumXY = 0;
        _next = 0;
        _count = 0;
        Slope = Intercept = 0;
    }
}
