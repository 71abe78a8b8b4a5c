namespace OmniAlpha.Indicators;

/// <summary>
/// KAMA(n), Kaufman's adaptive moving average, as TA-Lib's <c>KAMA</c>: the efficiency ratio
/// ER = |x(t) - x(t-n)| / (sum of |x(i) - x(i-1)| over the last n changes) sets the smoothing constant
/// sc = (ER x (2/3 - 2/31) + 2/31)^2 (fast 2, slow 30 periods, fixed as in TA-Lib), and KAMA += sc x (x - KAMA).
/// TA-Lib's seeding is reproduced: KAMA starts from input n (the n-th input, not an average) and the first value comes
/// with input n+1 (lookback n). TA-Lib's quirks are kept: ER is 1 when the sum of changes is at most the signed net
/// change or below 1e-14, and the sum of changes is a running sum (one change out, one in per update).
/// A NaN input makes every later value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class KaufmanAdaptiveMovingAverage : ISeriesIndicator
{
    private const double Slowest = 2.0 / (30.0 + 1.0);
    private const double SpeedRange = 2.0 / (2.0 + 1.0) - Slowest;

    private readonly double[] _window; // the last n+1 inputs
    private double _sumOfChanges;
    private double _previous;
    private double _kama;
    private int _next;

    /// <summary>Creates a KAMA whose efficiency ratio spans <paramref name="period"/> changes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2 (TA-Lib's range is 2..100000).</exception>
    public KaufmanAdaptiveMovingAverage(int period = 30)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        Period = period;
        _window = new double[period + 1];
        Value = double.NaN;
    }

    /// <summary>Number of changes in the efficiency ratio.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int Lookback => Period;

    /// <inheritdoc />
    public bool IsReady => Samples > Period;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public double Update(double input)
    {
        Samples++;
        int size = Period + 1;
        double beforeWindow = _window[_next]; // x(t-n-1) once more than n+1 inputs were seen
        _window[_next] = input;
        if (++_next == size) _next = 0;
        double windowStart = _window[_next]; // x(t-n) once n+1 inputs were seen
        double previous = _previous;
        _previous = input;
        if (Samples == 1) return double.NaN;
        if (Samples <= Period + 1)
        {
            _sumOfChanges += Math.Abs(previous - input);
            if (Samples <= Period)
            {
                _kama = input; // TA-Lib starts from the last input before the first value
                return double.NaN;
            }
        }
        else
        {
            _sumOfChanges -= Math.Abs(beforeWindow - windowStart);
            _sumOfChanges += Math.Abs(input - previous);
        }
        double netChange = input - windowStart;
        double ratio = _sumOfChanges <= netChange || (-1e-14 < _sumOfChanges && _sumOfChanges < 1e-14)
            ? 1.0
            : Math.Abs(netChange / _sumOfChanges);
        double constant = (ratio * SpeedRange) + Slowest;
        constant *= constant;
        _kama = ((input - _kama) * constant) + _kama;
        Value = _kama;
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        Array.Clear(_window);
        _sumOfChanges = _previous = _kama = 0;
        _next = 0;
        Samples = 0;
        Value = double.NaN;
    }
}
