namespace OmniAlpha.Indicators;

/// <summary>
/// STDDEV(n, nbdev): nbdev x the population standard deviation of the last n inputs, as TA-Lib's <c>STDDEV</c>:
/// the square root of TA-Lib's VAR, and exactly 0 when that variance is below 1e-14 (TA-Lib's threshold). As in
/// TA-Lib, the running sums keep the rounding of inputs that left the window, so a flat window after movement can show
/// a residue of the order of 1e-6 rather than 0. O(1) per input. A NaN input makes every later value NaN until
/// <see cref="Reset"/>.
/// </summary>
public sealed class StandardDeviation : ISeriesIndicator
{
    private readonly WindowSums _sums;

    /// <summary>Creates a standard deviation over <paramref name="period"/> inputs, scaled by <paramref name="deviations"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2 (TA-Lib's range is 2..100000) or <paramref name="deviations"/> is not finite.</exception>
    public StandardDeviation(int period = 5, double deviations = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        if (!double.IsFinite(deviations))
            throw new ArgumentOutOfRangeException(nameof(deviations), deviations, "The number of deviations must be a finite number.");
        Period = period;
        Deviations = deviations;
        _sums = new WindowSums(period);
        Value = double.NaN;
    }

    /// <summary>Number of inputs in the window.</summary>
    public int Period { get; }

    /// <summary>Multiplier applied to the standard deviation (TA-Lib's <c>nbdev</c>).</summary>
    public double Deviations { get; }

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
        if (!_sums.Add(input, out double mean, out double meanOfSquares)) return double.NaN;
        double variance = meanOfSquares - mean * mean;
        Value = variance < 1e-14 ? 0.0 : Math.Sqrt(variance) * Deviations;
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _sums.Reset();
        Samples = 0;
        Value = double.NaN;
    }
}
