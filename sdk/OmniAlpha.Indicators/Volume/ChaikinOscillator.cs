namespace OmniAlpha.Indicators;

/// <summary>
/// Chaikin A/D oscillator as TA-Lib's <c>ADOSC</c>: EMA(fast) − EMA(slow) of the <see cref="AccumulationDistribution"/>
/// line, where (TA-Lib's rule) each EMA starts at the first A/D value, without a simple-mean seed, and is updated as
/// k × AD + (1 − k) × EMA with k = 2 / (period + 1). Lookback = max(fast, slow) − 1; the values before it only warm
/// the EMAs. A fast period larger than the slow one is allowed (the sign flips). O(1) per bar; a NaN input makes every
/// later value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class ChaikinOscillator : IBarIndicator
{
    private readonly double _fastK;
    private readonly double _fastRest;
    private readonly double _slowK;
    private readonly double _slowRest;
    private double _line;
    private double _fastEma;
    private double _slowEma;

    /// <summary>Creates the oscillator with TA-Lib's defaults (3, 10).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period below 2.</exception>
    public ChaikinOscillator(int fastPeriod = 3, int slowPeriod = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fastPeriod, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(slowPeriod, 2);
        FastPeriod = fastPeriod;
        SlowPeriod = slowPeriod;
        _fastK = TaLibArithmetic.EmaAlpha(fastPeriod);
        _fastRest = 1.0 - _fastK;
        _slowK = TaLibArithmetic.EmaAlpha(slowPeriod);
        _slowRest = 1.0 - _slowK;
        Value = double.NaN;
    }

    /// <summary>Period of the fast EMA.</summary>
    public int FastPeriod { get; }

    /// <summary>Period of the slow EMA.</summary>
    public int SlowPeriod { get; }

    /// <inheritdoc />
    public int Lookback => Math.Max(FastPeriod, SlowPeriod) - 1;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Feeds the next bar and returns the oscillator (NaN while not ready).</summary>
    public double Update(double high, double low, double close, double volume)
    {
        _line = AccumulationDistribution.Accumulate(_line, high, low, close, volume);
        if (Samples++ == 0)
        {
            _fastEma = _slowEma = _line;
        }
        else
        {
            _fastEma = (_fastK * _line) + (_fastRest * _fastEma);
            _slowEma = (_slowK * _line) + (_slowRest * _slowEma);
        }
        if (Samples <= Lookback) return double.NaN;
        Value = _fastEma - _slowEma;
        return Value;
    }

    /// <inheritdoc />
    double IBarIndicator.Update(double open, double high, double low, double close, double volume) => Update(high, low, close, volume);

    /// <inheritdoc />
    public void Reset()
    {
        _line = _fastEma = _slowEma = 0;
        Samples = 0;
        Value = double.NaN;
    }
}
