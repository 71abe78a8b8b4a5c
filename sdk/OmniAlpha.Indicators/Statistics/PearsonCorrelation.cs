namespace OmniAlpha.Indicators;

/// <summary>
/// CORREL(n): Pearson's correlation coefficient r of two series over the last n pairs, as TA-Lib's <c>CORREL</c>
/// (running sums in TA-Lib's order: the oldest pair leaves before the new one enters, so the values are TA-Lib's).
/// The first value comes with pair n (lookback n-1); r is 0 when either series is flat over the window (the product of
/// the two sums of squared deviations is below 1e-14). Values lie in [-1, 1] up to rounding. A NaN input makes every
/// later value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class PearsonCorrelation : IPairIndicator
{
    private readonly double[] _x;
    private readonly double[] _y;
    private double _sumX, _sumY, _sumX2, _sumY2, _sumXY;
    private int _next;

    /// <summary>Creates the correlation over <paramref name="period"/> pairs.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1 (TA-Lib's range is 1..100000).</exception>
    public PearsonCorrelation(int period = 30)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        Period = period;
        _x = new double[period];
        _y = new double[period];
        Value = double.NaN;
    }

    /// <summary>Number of pairs in the window.</summary>
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
    public double Update(double input0, double input1)
    {
        Samples++;
        if (Samples > Period)
        {
            double oldX = _x[_next], oldY = _y[_next];
            _sumX -= oldX;
            _sumX2 -= oldX * oldX;
            _sumXY -= oldX * oldY;
            _sumY -= oldY;
            _sumY2 -= oldY * oldY;
        }
        _sumX += input0;
        _sumX2 += input0 * input0;
        _sumXY += input0 * input1;
        _sumY += input1;
        _sumY2 += input1 * input1;
        _x[_next] = input0;
        _y[_next] = input1;
        if (++_next == Period) _next = 0;
        if (Samples < Period) return double.NaN;
        double spread = (_sumX2 - ((_sumX * _sumX) / Period)) * (_sumY2 - ((_sumY * _sumY) / Period));
        Value = spread < 1e-14 ? 0.0 : (_sumXY - ((_sumX * _sumY) / Period)) / Math.Sqrt(spread);
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        Array.Clear(_x);
        Array.Clear(_y);
        _sumX = _sumY = _sumX2 = _sumY2 = _sumXY = 0;
        _next = 0;
        Samples = 0;
        Value = double.NaN;
    }
}
