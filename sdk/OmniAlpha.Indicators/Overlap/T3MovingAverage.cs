namespace OmniAlpha.Indicators;

/// <summary>
/// Tillson's T3(n, v), as TA-Lib's <c>T3</c>: six cascaded EMAs e1..e6 (alpha k = 2/(n+1), each updated as
/// k x input + (1-k) x previous) combined as c1 e6 + c2 e5 + c3 e4 + c4 e3 with c1 = -v^3, c2 = 3v^2 + 3v^3,
/// c3 = -6v^2 - 3v - 3v^3, c4 = 1 + 3v + v^3 + 3v^2 (v is the volume factor). TA-Lib's seeding is reproduced: each EMA
/// starts from the simple mean of its first n inputs, so the first value comes with input 6(n-1)+1 (lookback 6(n-1)).
/// A NaN input makes every later value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class T3MovingAverage : ISeriesIndicator
{
    private const int Stages = 6;
    private readonly double _k;
    private readonly double _oneMinusK;
    private readonly double _c1, _c2, _c3, _c4;
    private readonly double[] _ema = new double[Stages];
    private double _seedSum;
    private int _seeded; // stages whose EMA is running
    private int _seedCount; // inputs summed into the seed of stage _seeded

    /// <summary>Creates a T3 of <paramref name="period"/> with volume factor <paramref name="volumeFactor"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2, or <paramref name="volumeFactor"/> is outside [0, 1] (TA-Lib's ranges).</exception>
    public T3MovingAverage(int period = 5, double volumeFactor = 0.7)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        if (!(volumeFactor >= 0 && volumeFactor <= 1))
            throw new ArgumentOutOfRangeException(nameof(volumeFactor), volumeFactor, "The T3 volume factor must be in [0, 1].");
        Period = period;
        VolumeFactor = volumeFactor;
        _k = 2.0 / (period + 1.0);
        _oneMinusK = 1.0 - _k;
        double square = volumeFactor * volumeFactor;
        _c1 = -(square * volumeFactor);
        _c2 = 3.0 * (square - _c1);
        _c3 = -6.0 * square - 3.0 * (volumeFactor - _c1);
        _c4 = 1.0 + 3.0 * volumeFactor - _c1 + 3.0 * square;
        Value = double.NaN;
    }

    /// <summary>Period n of each EMA.</summary>
    public int Period { get; }

    /// <summary>Volume factor v (0.7 is Tillson's and TA-Lib's default).</summary>
    public double VolumeFactor { get; }

    /// <inheritdoc />
    public int Lookback => 6 * (Period - 1);

    /// <inheritdoc />
    public bool IsReady => _seeded == Stages;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public double Update(double input)
    {
        Samples++;
        double x = input;
        for (int stage = 0; stage < Stages; stage++)
        {
            if (stage < _seeded)
            {
                _ema[stage] = (_k * x) + (_oneMinusK * _ema[stage]);
                x = _ema[stage];
                continue;
            }
            // Stage being seeded: its input joins the simple mean that starts this EMA.
            _seedSum += x;
            if (++_seedCount < Period) return double.NaN;
            _ema[stage] = _seedSum / Period;
            x = _ema[stage];
            _seeded++;
            _seedCount = 0;
            _seedSum = 0;
            if (_seeded < Stages)
            {
                // The new EMA's first value is also the first input of the next stage's seed.
                _seedSum = x;
                _seedCount = 1;
                return double.NaN;
            }
        }
        Value = _c1 * _ema[5] + _c2 * _ema[4] + _c3 * _ema[3] + _c4 * _ema[2];
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        Array.Clear(_ema);
        _seedSum = 0;
        _seeded = 0;
        _seedCount = 0;
        Samples = 0;
        Value = double.NaN;
    }
}
