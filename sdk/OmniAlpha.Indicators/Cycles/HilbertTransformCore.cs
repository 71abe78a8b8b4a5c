namespace OmniAlpha.Indicators;

/// <summary>
/// The engine shared by TA-Lib's Hilbert transform functions (MAMA and HT_*), after John Ehlers: a 4-bar weighted
/// price smoother, the Hilbert transform of the smoothed price (detrender, in-phase and quadrature components, each
/// filtered separately on even and odd bars exactly as TA-Lib does), and the homodyne discriminator that measures
/// the dominant cycle period, clamped to [6, 50] bars.
/// </summary>
/// <remarks>
/// TA-Lib starts the transform after a fixed number of smoother-only bars that differs by function (12 bars for
/// MAMA, HT_DCPERIOD and HT_PHASOR; 37 for HT_DCPHASE, HT_SINE, HT_TRENDLINE and HT_TRENDMODE), and alternates
/// its even/odd filter banks on the bar's absolute index; both are reproduced so values match TA-Lib's. O(1) per
/// update, no allocation after construction.
/// </remarks>
internal sealed class HilbertTransformCore
{
    /// <summary>Degrees per radian, as TA-Lib computes it (45 / atan(1)).</summary>
    public static readonly double RadiansToDegrees = 45.0 / Math.Atan(1);

    /// <summary>Smoother-only bars before the transform starts for MAMA, HT_DCPERIOD and HT_PHASOR.</summary>
    public const int ShortWarmUp = 12;

    /// <summary>Smoother-only bars before the transform starts for HT_DCPHASE, HT_SINE, HT_TRENDLINE and HT_TRENDMODE.</summary>
    public const int LongWarmUp = 37;

    private readonly int _warmUp;
    private readonly double[] _lastInputs = new double[4];
    private readonly HilbertFilter _detrender = new();
    private readonly HilbertFilter _quadrature = new();
    private readonly HilbertFilter _inPhaseShift = new();
    private readonly HilbertFilter _quadratureShift = new();
    private double _wmaSubtotal;
    private double _wmaSum;
    private double _wmaTrailing;
    private int _filterSlot;
    private double _inPhaseOddPrev2, _inPhaseOddPrev3, _inPhaseEvenPrev2, _inPhaseEvenPrev3;
    private double _previousQ2, _previousI2, _re, _im;

    /// <summary>Creates a core whose transform starts at input <paramref name="warmUp"/> + 1 (12 or 37 in TA-Lib).</summary>
    public HilbertTransformCore(int warmUp)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(warmUp, 4);
        _warmUp = warmUp;
    }

    /// <summary>Number of inputs seen.</summary>
    public int Samples { get; private set; }

    /// <summary>Latest 4-bar weighted moving average of the input (defined from the 4th input).</summary>
    public double SmoothedValue { get; private set; }

    /// <summary>Latest in-phase component I1 (the detrender delayed by three bars of the same parity).</summary>
    public double InPhase { get; private set; }

    /// <summary>Latest quadrature component Q1.</summary>
    public double Quadrature { get; private set; }

    /// <summary>Measured dominant cycle period after this input (used to adapt the next one).</summary>
    public double Period { get; private set; }

    /// <summary>The period smoothed once more (0.33 new, 0.67 old): TA-Lib's HT_DCPERIOD.</summary>
    public double SmoothPeriod { get; private set; }

    /// <summary>Feeds one input; returns true when the transform ran on it (past the warm-up).</summary>
    public bool Update(double input)
    {
        int today = Samples++;
        _lastInputs[today & 3] = input;
        if (today < 3)
        {
            // TA-Lib seeds the smoother with weights 1, 2, 3 over the first three inputs.
            _wmaSubtotal += input;
            _wmaSum += input * (today + 1);
            return false;
        }
        _wmaSubtotal += input;
        _wmaSubtotal -= _wmaTrailing;
        _wmaSum += input * 4.0;
        _wmaTrailing = _lastInputs[(today + 1) & 3]; // the input three bars back
        SmoothedValue = _wmaSum * 0.1;
        _wmaSum -= _wmaSubtotal;
        if (today < _warmUp) return false;

        double adjustedPrevPeriod = (0.075 * Period) + 0.54;
        double q2, i2;
        if ((today & 1) == 0)
        {
            double detrender = _detrender.TransformEven(SmoothedValue, _filterSlot, adjustedPrevPeriod);
            double q1 = _quadrature.TransformEven(detrender, _filterSlot, adjustedPrevPeriod);
            double jI = _inPhaseShift.TransformEven(_inPhaseEvenPrev3, _filterSlot, adjustedPrevPeriod);
            double jQ = _quadratureShift.TransformEven(q1, _filterSlot, adjustedPrevPeriod);
            if (++_filterSlot == 3) _filterSlot = 0;
            q2 = (0.2 * (q1 + jI)) + (0.8 * _previousQ2);
            i2 = (0.2 * (_inPhaseEvenPrev3 - jQ)) + (0.8 * _previousI2);
            InPhase = _inPhaseEvenPrev3;
            Quadrature = q1;
            _inPhaseOddPrev3 = _inPhaseOddPrev2;
            _inPhaseOddPrev2 = detrender;
        }
        else
        {
            double detrender = _detrender.TransformOdd(SmoothedValue, _filterSlot, adjustedPrevPeriod);
            double q1 = _quadrature.TransformOdd(detrender, _filterSlot, adjustedPrevPeriod);
            double jI = _inPhaseShift.TransformOdd(_inPhaseOddPrev3, _filterSlot, adjustedPrevPeriod);
            double jQ = _quadratureShift.TransformOdd(q1, _filterSlot, adjustedPrevPeriod);
            q2 = (0.2 * (q1 + jI)) + (0.8 * _previousQ2);
            i2 = (0.2 * (_inPhaseOddPrev3 - jQ)) + (0.8 * _previousI2);
            InPhase = _inPhaseOddPrev3;
            Quadrature = q1;
            _inPhaseEvenPrev3 = _inPhaseEvenPrev2;
            _inPhaseEvenPrev2 = detrender;
        }

        // Homodyne discriminator.
        _re = (0.2 * ((i2 * _previousI2) + (q2 * _previousQ2))) + (0.8 * _re);
        _im = (0.2 * ((i2 * _previousQ2) - (q2 * _previousI2))) + (0.8 * _im);
        _previousQ2 = q2;
        _previousI2 = i2;
        double previousPeriod = Period;
        double period = previousPeriod;
        if (_im != 0.0 && _re != 0.0) period = 360.0 / (Math.Atan(_im / _re) * RadiansToDegrees);
        if (period > 1.5 * previousPeriod) period = 1.5 * previousPeriod;
        if (period < 0.67 * previousPeriod) period = 0.67 * previousPeriod;
        if (period < 6) period = 6;
        else if (period > 50) period = 50;
        Period = (0.2 * period) + (0.8 * previousPeriod);
        SmoothPeriod = (0.33 * Period) + (0.67 * SmoothPeriod);
        return true;
    }

    /// <summary>Forgets all inputs.</summary>
    public void Reset()
    {
        Samples = 0;
        Array.Clear(_lastInputs);
        _detrender.Reset();
        _quadrature.Reset();
        _inPhaseShift.Reset();
        _quadratureShift.Reset();
        _wmaSubtotal = _wmaSum = _wmaTrailing = 0;
        _filterSlot = 0;
        _inPhaseOddPrev2 = _inPhaseOddPrev3 = _inPhaseEvenPrev2 = _inPhaseEvenPrev3 = 0;
        _previousQ2 = _previousI2 = _re = _im = 0;
        SmoothedValue = InPhase = Quadrature = Period = SmoothPeriod = 0;
    }

    /// <summary>
    /// One of the four Hilbert FIR filters (0.0962, 0.5769 taps), kept as separate even-bar and odd-bar banks with
    /// three-slot delay lines, as in TA-Lib.
    /// </summary>
    private sealed class HilbertFilter
    {
        private const double A = 0.0962;
        private const double B = 0.5769;
        private readonly double[] _odd = new double[3];
        private readonly double[] _even = new double[3];
        private double _previousOdd, _previousEven, _previousInputOdd, _previousInputEven;

        public double TransformEven(double input, int slot, double adjustedPrevPeriod)
        {
            double scaled = A * input;
            double value = -_even[slot];
            _even[slot] = scaled;
            value += scaled;
            value -= _previousEven;
            _previousEven = B * _previousInputEven;
            value += _previousEven;
            _previousInputEven = input;
            return value * adjustedPrevPeriod;
        }

        public double TransformOdd(double input, int slot, double adjustedPrevPeriod)
        {
            double scaled = A * input;
            double value = -_odd[slot];
            _odd[slot] = scaled;
            value += scaled;
            value -= _previousOdd;
            _previousOdd = B * _previousInputOdd;
            value += _previousOdd;
            _previousInputOdd = input;
            return value * adjustedPrevPeriod;
        }

        public void Reset()
        {
            Array.Clear(_odd);
            Array.Clear(_even);
            _previousOdd = _previousEven = _previousInputOdd = _previousInputEven = 0;
        }
    }
}
