namespace OmniAlpha.Indicators;

/// <summary>
/// TA-Lib's internal EMA (<c>INT_EMA</c>) with an explicit smoothing factor: seeded with the simple mean of the first
/// <see cref="Period"/> inputs, then value += alpha × (input − value). Used where TA-Lib fixes the factor (MACDFIX's
/// 0.15 and 0.075) and inside MACD and TRIX without an interface call per update. A mutable struct: keep it in a field.
/// </summary>
internal struct SeededExponentialAverage
{
    private readonly int _period;
    private readonly double _alpha;
    private int _seen;
    private double _seedSum;
    private double _value;

    /// <summary>An EMA seeded over <paramref name="period"/> inputs smoothing by <paramref name="alpha"/>.</summary>
    public SeededExponentialAverage(int period, double alpha)
    {
        _period = period;
        _alpha = alpha;
        _value = double.NaN;
    }

    /// <summary>An EMA of <paramref name="period"/> with TA-Lib's alpha 2 / (period + 1).</summary>
    public static SeededExponentialAverage OfPeriod(int period) => new(period, TaLibArithmetic.EmaAlpha(period));

    /// <summary>Number of inputs averaged for the seed.</summary>
    public readonly int Period => _period;

    /// <summary>Smoothing factor.</summary>
    public readonly double Alpha => _alpha;

    /// <summary>True once the seed is complete.</summary>
    public readonly bool IsReady => _seen >= _period;

    /// <summary>Latest value; NaN before the seed is complete.</summary>
    public readonly double Value => _value;

    /// <summary>Feeds the next input and returns the new value (NaN while seeding).</summary>
    public double Update(double input)
    {
        if (_seen >= _period)
        {
            _value += _alpha * (input - _value);
            return _value;
        }
        _seen++;
        if (_seen < _period)
        {
            _seedSum += input;
            return double.NaN;
        }
        _value = (_seedSum + input) / _period;
        return _value;
    }

    /// <summary>Forgets all inputs.</summary>
    public void Reset()
    {
        _seen = 0;
        _seedSum = 0;
        _value = double.NaN;
    }
}
