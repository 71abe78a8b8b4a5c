namespace OmniAlpha.Indicators;

/// <summary>
/// TRIMA(n): a triangularly weighted mean of the last n inputs (weights 1, 2, ..., up to the middle and back down to 1),
/// as TA-Lib's <c>TRIMA</c>. TA-Lib's odd/even split is reproduced: for odd n = 2m+1 the weights are 1..m+1..1 and sum
/// to (m+1)^2; for even n = 2m they are 1..m,m..1 and sum to m(m+1). The value is kept with TA-Lib's three running sums
/// (numerator, the half leaving and the half arriving) in TA-Lib's order of operations, so values are TA-Lib's: the
/// first value costs O(n) once (TA-Lib's seeding over the first window), every later update O(1).
/// One deliberate difference: TA-Lib computes the weight sum in an int, which overflows for periods above 92680; here
/// it does not. A NaN input makes every later value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class TriangularMovingAverage : ISeriesIndicator
{
    private readonly double[] _window;
    private readonly double _factor;
    private readonly int _half;
    private readonly bool _odd;
    private double _numerator;
    private double _numeratorSub;
    private double _numeratorAdd;
    private int _next;

    /// <summary>Creates a TRIMA over <paramref name="period"/> inputs.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2 (TA-Lib's range is 2..100000).</exception>
    public TriangularMovingAverage(int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        Period = period;
        _window = new double[period];
        _half = period >> 1;
        _odd = (period & 1) == 1;
        _factor = 1.0 / (_odd ? (_half + 1L) * (_half + 1L) : _half * (_half + 1L)); // long: TA-Lib's int overflows above 92680
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
        Samples++;
        double leaving = _window[_next]; // the input Period updates back, once the window is full
        _window[_next] = input;
        if (++_next == Period) _next = 0;
        if (Samples < Period) return double.NaN;
        if (Samples == Period)
        {
            Seed();
        }
        else
        {
            double middle = At(_half); // the input that moves from the arriving half to the leaving half
            _numerator -= _numeratorSub;
            _numeratorSub -= leaving;
            _numeratorSub += middle;
            if (_odd)
            {
                _numerator += _numeratorAdd;
                _numeratorAdd -= middle;
            }
            else
            {
                _numeratorAdd -= middle;
                _numerator += _numeratorAdd;
            }
            _numeratorAdd += input;
            _numerator += input;
        }
        Value = _numerator * _factor;
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        Array.Clear(_window);
        _numerator = _numeratorSub = _numeratorAdd = 0;
        _next = 0;
        Samples = 0;
        Value = double.NaN;
    }

    /// <summary>TA-Lib's first window: the leaving half summed from the middle back to the oldest, the arriving half forward.</summary>
    private void Seed()
    {
        // Ages: 0 is the newest input, Period-1 the oldest. TA-Lib's middle index (oldest + m for odd periods,
        // oldest + m - 1 for even ones) is age m = Period/2 in both cases; the leaving half runs from it to the oldest.
        int middleAge = _half;
        for (int age = middleAge; age <= Period - 1; age++)
        {
            _numeratorSub += At(age);
            _numerator += _numeratorSub;
        }
        for (int age = middleAge - 1; age >= 0; age--)
        {
            _numeratorAdd += At(age);
            _numerator += _numeratorAdd;
        }
    }

    /// <summary>The input <paramref name="age"/> updates back (0 = the newest); valid for ages below <see cref="Period"/>.</summary>
    private double At(int age)
    {
        int index = _next - 1 - age;
        return _window[index < 0 ? index + Period : index];
    }
}
