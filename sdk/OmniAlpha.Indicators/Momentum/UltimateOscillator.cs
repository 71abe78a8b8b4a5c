namespace OmniAlpha.Indicators;

/// <summary>
/// Ultimate oscillator as TA-Lib's <c>ULTOSC</c>. For each bar, buying pressure bp = close − min(low, previous close)
/// and true range tr; with A_p = Σbp / Σtr over the last p bars for the three periods sorted short, medium, long,
/// ULTOSC = 100 × (4 A_short + 2 A_medium + A_long) / 7 (a term whose Σtr is within 1e-14 of zero counts 0).
/// The periods may be given in any order (TA-Lib sorts them). Lookback = longest period. O(1) per bar over running
/// sums; a NaN input makes every later value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class UltimateOscillator : IBarIndicator
{
    private readonly double[] _pressure;
    private readonly double[] _range;
    private readonly int _short;
    private readonly int _medium;
    private readonly int _long;
    private double _previousClose;
    private double _pressureShort, _pressureMedium, _pressureLong;
    private double _rangeShort, _rangeMedium, _rangeLong;

    /// <summary>Creates the oscillator with TA-Lib's defaults (7, 14, 28).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period below 1.</exception>
    public UltimateOscillator(int period1 = 7, int period2 = 14, int period3 = 28)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period1, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(period2, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(period3, 1);
        _long = Math.Max(Math.Max(period1, period2), period3);
        _short = Math.Min(Math.Min(period1, period2), period3);
        _medium = period1 + period2 + period3 - _long - _short;
        _pressure = new double[_long];
        _range = new double[_long];
        Value = double.NaN;
    }

    /// <summary>Shortest period (weight 4).</summary>
    public int ShortPeriod => _short;

    /// <summary>Middle period (weight 2).</summary>
    public int MediumPeriod => _medium;

    /// <summary>Longest period (weight 1).</summary>
    public int LongPeriod => _long;

    /// <inheritdoc />
    public int Lookback => _long;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Feeds the next bar and returns the oscillator (NaN while not ready).</summary>
    public double Update(double high, double low, double close)
    {
        int day = Samples++;
        double previousClose = _previousClose;
        _previousClose = close;
        if (day == 0) return double.NaN;

        double trueLow = Math.Min(low, previousClose);
        double pressure = close - trueLow;
        double range = TaLibArithmetic.TrueRange(high, low, previousClose);
        int slot = day % _long;
        _pressure[slot] = pressure;
        _range[slot] = range;
        // Each sum starts on the day that makes its window end on the first output day (TA-Lib primes them the same way).
        if (day > _long - _short) { _pressureShort += pressure; _rangeShort += range; }
        if (day > _long - _medium) { _pressureMedium += pressure; _rangeMedium += range; }
        if (day > 0) { _pressureLong += pressure; _rangeLong += range; }
        if (day < _long) return double.NaN;

        double output = 0.0;
        if (!TaLibArithmetic.IsZero(_rangeShort)) output += 4.0 * (_pressureShort / _rangeShort);
        if (!TaLibArithmetic.IsZero(_rangeMedium)) output += 2.0 * (_pressureMedium / _rangeMedium);
        if (!TaLibArithmetic.IsZero(_rangeLong)) output += _pressureLong / _rangeLong;
        Value = 100.0 * (output / 7.0);

        int leaving = (day - _short + 1) % _long;
        _pressureShort -= _pressure[leaving];
        _rangeShort -= _range[leaving];
        leaving = (day - _medium + 1) % _long;
        _pressureMedium -= _pressure[leaving];
        _rangeMedium -= _range[leaving];
        leaving = (day - _long + 1) % _long;
        _pressureLong -= _pressure[leaving];
        _rangeLong -= _range[leaving];
        return Value;
    }

    /// <inheritdoc />
    double IBarIndicator.Update(double open, double high, double low, double close, double volume) => Update(high, low, close);

    /// <inheritdoc />
    public void Reset()
    {
        Array.Clear(_pressure);
        Array.Clear(_range);
        _previousClose = 0;
        _pressureShort = _pressureMedium = _pressureLong = 0;
        _rangeShort = _rangeMedium = _rangeLong = 0;
        Samples = 0;
        Value = double.NaN;
    }
}
