namespace OmniAlpha.Indicators;

/// <summary>
/// Wilder's parabolic SAR with separate long and short acceleration settings, as TA-Lib's <c>SAREXT</c>: while long the
/// value is the SAR (positive); while short it is minus the SAR (negative), so the sign tells the side. TA-Lib's rules
/// are reproduced: the first value comes with the second bar (lookback 1); with a start value of 0 the first side is
/// short when the second bar's minus-DM is positive (its low fell by more than its high rose), else long, and the SAR
/// starts at the first bar's low (long) or high (short); a positive start value starts long at that SAR, a negative one
/// short at its absolute value. On a reversal the SAR jumps to the extreme point (bounded by the last two bars) and is
/// moved by the offset-on-reverse fraction. Accelerations above their maximum are capped at it. Uses a bar's high and low.
/// A NaN high or low makes every later value NaN until <see cref="Reset"/> (the SAR depends on the whole path).
/// </summary>
public sealed class ParabolicSarExtended : IBarIndicator
{
    private readonly double _initLong, _stepLong, _maxLong, _initShort, _stepShort, _maxShort;
    private bool _isLong;
    private bool _broken; // a NaN was seen: every later value is NaN until Reset
    private double _sar, _extreme, _afLong, _afShort;
    private double _previousHigh, _previousLow;

    /// <summary>Creates the indicator with TA-Lib's parameters (defaults as in TA-Lib).</summary>
    /// <param name="startValue">0: side from the first two bars; positive: start long at this SAR; negative: start short at its absolute value.</param>
    /// <param name="offsetOnReverse">Fraction the SAR is moved away from the price on a reversal (at least 0).</param>
    /// <param name="accelerationInitLong">Acceleration factor when a long side starts (at least 0).</param>
    /// <param name="accelerationLong">Step added at each new high while long (at least 0).</param>
    /// <param name="accelerationMaxLong">Largest acceleration while long (at least 0).</param>
    /// <param name="accelerationInitShort">Acceleration factor when a short side starts (at least 0).</param>
    /// <param name="accelerationShort">Step added at each new low while short (at least 0).</param>
    /// <param name="accelerationMaxShort">Largest acceleration while short (at least 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is negative (other than the start value) or not finite.</exception>
    public ParabolicSarExtended(double startValue = 0, double offsetOnReverse = 0,
        double accelerationInitLong = 0.02, double accelerationLong = 0.02, double accelerationMaxLong = 0.2,
        double accelerationInitShort = 0.02, double accelerationShort = 0.02, double accelerationMaxShort = 0.2)
    {
        if (!double.IsFinite(startValue)) throw new ArgumentOutOfRangeException(nameof(startValue), startValue, "The start value must be a finite number.");
        RequireNonNegative(offsetOnReverse, nameof(offsetOnReverse));
        RequireNonNegative(accelerationInitLong, nameof(accelerationInitLong));
        RequireNonNegative(accelerationLong, nameof(accelerationLong));
        RequireNonNegative(accelerationMaxLong, nameof(accelerationMaxLong));
        RequireNonNegative(accelerationInitShort, nameof(accelerationInitShort));
        RequireNonNegative(accelerationShort, nameof(accelerationShort));
        RequireNonNegative(accelerationMaxShort, nameof(accelerationMaxShort));
        StartValue = startValue;
        OffsetOnReverse = offsetOnReverse;
        _maxLong = accelerationMaxLong;
        _initLong = Math.Min(accelerationInitLong, accelerationMaxLong);
        _stepLong = Math.Min(accelerationLong, accelerationMaxLong);
        _maxShort = accelerationMaxShort;
        _initShort = Math.Min(accelerationInitShort, accelerationMaxShort);
        _stepShort = Math.Min(accelerationShort, accelerationMaxShort);
        Value = double.NaN;
    }

    /// <summary>Start value (0: side chosen from the first two bars).</summary>
    public double StartValue { get; }

    /// <summary>Fraction the SAR is moved on a reversal.</summary>
    public double OffsetOnReverse { get; }

    /// <summary>True while the current side is long (the value is then positive).</summary>
    public bool IsLong => _isLong;

    /// <inheritdoc />
    public int Lookback => 1;

    /// <inheritdoc />
    public bool IsReady => Samples > 1;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Feeds the next bar's high and low and returns the new value (NaN for the first bar).</summary>
    public double Update(double high, double low)
    {
        Samples++;
        if (double.IsNaN(high) || double.IsNaN(low)) _broken = true;
        if (_broken)
        {
            Value = double.NaN;
            return Value;
        }
        if (Samples == 1)
        {
            _previousHigh = high;
            _previousLow = low;
            return double.NaN;
        }
        double previousHigh, previousLow;
        if (Samples == 2)
        {
            Start(high, low);
            previousHigh = high; // TA-Lib compares the second bar with itself on its first step
            previousLow = low;
        }
        else
        {
            previousHigh = _previousHigh;
            previousLow = _previousLow;
        }
        _previousHigh = high;
        _previousLow = low;
        Value = _isLong ? StepLong(high, low, previousHigh, previousLow) : StepShort(high, low, previousHigh, previousLow);
        return Value;
    }

    /// <inheritdoc />
    public double Update(double open, double high, double low, double close, double volume) => Update(high, low);

    /// <inheritdoc />
    public void Reset()
    {
        _isLong = _broken = false;
        _sar = _extreme = _afLong = _afShort = 0;
        _previousHigh = _previousLow = 0;
        Samples = 0;
        Value = double.NaN;
    }

    private void Start(double high, double low)
    {
        _afLong = _initLong;
        _afShort = _initShort;
        if (StartValue == 0)
        {
            double upMove = high - _previousHigh;
            double downMove = _previousLow - low;
            bool minusDm = downMove > 0 && upMove < downMove;
            _isLong = !minusDm;
            _extreme = _isLong ? high : low;
            _sar = _isLong ? _previousLow : _previousHigh;
        }
        else
        {
            _isLong = StartValue > 0;
            _extreme = _isLong ? high : low;
            _sar = Math.Abs(StartValue);
        }
    }

    private double StepLong(double high, double low, double previousHigh, double previousLow)
    {
        double output;
        if (low <= _sar)
        {
            // Reverse to short.
            _isLong = false;
            _sar = AtLeast(AtLeast(_extreme, previousHigh), high);
            if (OffsetOnReverse != 0.0) _sar += _sar * OffsetOnReverse;
            output = -_sar;
            _afShort = _initShort;
            _extreme = low;
            _sar = _sar + _afShort * (_extreme - _sar);
            _sar = AtLeast(AtLeast(_sar, previousHigh), high);
            return output;
        }
        output = _sar;
        if (high > _extreme)
        {
            _extreme = high;
            _afLong += _stepLong;
            if (_afLong > _maxLong) _afLong = _maxLong;
        }
        _sar = _sar + _afLong * (_extreme - _sar);
        _sar = AtMost(AtMost(_sar, previousLow), low);
        return output;
    }

    private double StepShort(double high, double low, double previousHigh, double previousLow)
    {
        double output;
        if (high >= _sar)
        {
            // Reverse to long.
            _isLong = true;
            _sar = AtMost(AtMost(_extreme, previousLow), low);
            if (OffsetOnReverse != 0.0) _sar -= _sar * OffsetOnReverse;
            output = _sar;
            _afLong = _initLong;
            _extreme = high;
            _sar = _sar + _afLong * (_extreme - _sar);
            _sar = AtMost(AtMost(_sar, previousLow), low);
            return output;
        }
        output = -_sar;
        if (low < _extreme)
        {
            _extreme = low;
            _afShort += _stepShort;
            if (_afShort > _maxShort) _afShort = _maxShort;
        }
        _sar = _sar + _afShort * (_extreme - _sar);
        _sar = AtLeast(AtLeast(_sar, previousHigh), high);
        return output;
    }

    // TA-Lib's bounds, written as its comparisons (not Math.Max/Min) so every value is TA-Lib's.
    private static double AtLeast(double value, double floor) => value < floor ? floor : value;

    private static double AtMost(double value, double ceiling) => value > ceiling ? ceiling : value;

    private static void RequireNonNegative(double value, string name)
    {
        if (!(value >= 0) || !double.IsFinite(value))
            throw new ArgumentOutOfRangeException(name, value, $"SAREXT {name} must be a finite number at least 0.");
    }
}
