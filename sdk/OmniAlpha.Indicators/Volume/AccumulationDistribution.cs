namespace OmniAlpha.Indicators;

/// <summary>
/// Chaikin's accumulation/distribution line as TA-Lib's <c>AD</c>: the running sum of
/// ((close − low) − (high − close)) / (high − low) × volume, a bar with high − low ≤ 0 adding nothing. Starts at 0
/// before the first bar, so the first value is that bar's flow. No lookback; a NaN input makes every later value NaN
/// until <see cref="Reset"/>.
/// </summary>
public sealed class AccumulationDistribution : IBarIndicator
{
    /// <summary>Creates the indicator (it has no parameters).</summary>
    public AccumulationDistribution() => Value = double.NaN;

    /// <inheritdoc />
    public int Lookback => 0;

    /// <inheritdoc />
    public bool IsReady => Samples > 0;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Feeds the next bar and returns the line's value.</summary>
    public double Update(double high, double low, double close, double volume)
    {
        double line = Samples++ == 0 ? 0.0 : Value;
        Value = Accumulate(line, high, low, close, volume);
        return Value;
    }

    /// <inheritdoc />
    double IBarIndicator.Update(double open, double high, double low, double close, double volume) => Update(high, low, close, volume);

    /// <inheritdoc />
    public void Reset()
    {
        Samples = 0;
        Value = double.NaN;
    }

    /// <summary>Adds one bar's money flow to <paramref name="line"/> with TA-Lib's arithmetic (shared with ADOSC).</summary>
    internal static double Accumulate(double line, double high, double low, double close, double volume)
    {
        double range = high - low;
        if (range > 0.0) line += (((close - low) - (high - close)) / range) * volume;
        return line;
    }
}
