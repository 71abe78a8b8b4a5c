namespace OmniAlpha.Indicators;

/// <summary>
/// VAR(n): the population variance of the last n inputs, mean(x^2) - mean(x)^2, as TA-Lib's <c>VAR</c> (running sums in
/// TA-Lib's order, so O(1) per input). One deliberate difference: TA-Lib can return a tiny negative number from rounding
/// when the window is flat; this returns 0 there, so the variance is never negative. TA-Lib's <c>nbdev</c> parameter
/// has no effect on VAR (in TA-Lib too) and is not taken here. A NaN input makes every later value NaN until
/// <see cref="Reset"/>.
/// </summary>
public sealed class Variance : ISeriesIndicator
{
    private readonly WindowSums _sums;

    /// <summary>Creates a variance over <paramref name="period"/> inputs.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1 (TA-Lib's range is 1..100000).</exception>
    public Variance(int period = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        Period = period;
        _sums = new WindowSums(period);
        Value = double.NaN;
    }

    /// <summary>Number of inputs in the window.</summary>
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
        if (!_sums.Add(input, out double mean, out double meanOfSquares)) return double.NaN;
        double variance = meanOfSquares - mean * mean;
        Value = variance < 0 ? 0.0 : variance;
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
