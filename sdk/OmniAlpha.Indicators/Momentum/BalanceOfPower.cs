namespace OmniAlpha.Indicators;

/// <summary>
/// Balance of power as TA-Lib's <c>BOP</c>: (close − open) / (high − low) for each bar, in [−1, 1] for consistent
/// bars; 0 when high − low is below 1e-14 (TA-Lib's rule). No lookback; NaN in, NaN out for that bar only.
/// </summary>
public sealed class BalanceOfPower : IBarIndicator
{
    /// <summary>Creates the indicator (it has no parameters).</summary>
    public BalanceOfPower() => Value = double.NaN;

    /// <inheritdoc />
    public int Lookback => 0;

    /// <inheritdoc />
    public bool IsReady => Samples > 0;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Feeds the next bar and returns its balance of power.</summary>
    public double Update(double open, double high, double low, double close)
    {
        Samples++;
        double range = high - low;
        Value = TaLibArithmetic.IsZeroOrNegative(range) ? 0.0 : (close - open) / range;
        return Value;
    }

    /// <inheritdoc />
    double IBarIndicator.Update(double open, double high, double low, double close, double volume) => Update(open, high, low, close);

    /// <inheritdoc />
    public void Reset()
    {
        Samples = 0;
        Value = double.NaN;
    }
}
