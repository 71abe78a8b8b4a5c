namespace OmniAlpha.Indicators;

/// <summary>
/// Wilder's parabolic SAR, as TA-Lib's <c>SAR</c>: the stop-and-reverse level, always positive. The acceleration factor
/// starts at <c>acceleration</c>, grows by it at each new extreme up to <c>maximum</c>, and restarts on each reversal.
/// TA-Lib's start is reproduced: the first value comes with the second bar (lookback 1); the first side is short when
/// the second bar's minus-DM is positive (its low fell by more than its high rose), else long, and the SAR starts at the
/// first bar's low (long) or high (short). An acceleration above the maximum is capped at it. This is
/// <see cref="ParabolicSarExtended"/> with equal long and short settings, without the sign. Uses a bar's high and low.
/// A NaN high or low makes every later value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class ParabolicSar : IBarIndicator
{
    private readonly ParabolicSarExtended _sar;

    /// <summary>Creates the SAR with acceleration step <paramref name="acceleration"/> and cap <paramref name="maximum"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is negative or not finite (TA-Lib's range is 0 and up).</exception>
    public ParabolicSar(double acceleration = 0.02, double maximum = 0.2)
    {
        if (!(acceleration >= 0) || !double.IsFinite(acceleration))
            throw new ArgumentOutOfRangeException(nameof(acceleration), acceleration, "SAR acceleration must be a finite number at least 0.");
        if (!(maximum >= 0) || !double.IsFinite(maximum))
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, "SAR maximum must be a finite number at least 0.");
        Acceleration = acceleration;
        Maximum = maximum;
        _sar = new ParabolicSarExtended(0, 0, acceleration, acceleration, maximum, acceleration, acceleration, maximum);
        Value = double.NaN;
    }

    /// <summary>Acceleration factor at the start of a side and its step.</summary>
    public double Acceleration { get; }

    /// <summary>Largest acceleration factor.</summary>
    public double Maximum { get; }

    /// <summary>True while the current side is long (the SAR is below the price).</summary>
    public bool IsLong => _sar.IsLong;

    /// <inheritdoc />
    public int Lookback => 1;

    /// <inheritdoc />
    public bool IsReady => _sar.IsReady;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples => _sar.Samples;

    /// <summary>Feeds the next bar's high and low and returns the new SAR (NaN for the first bar).</summary>
    public double Update(double high, double low)
    {
        double value = _sar.Update(high, low);
        if (!_sar.IsReady) return double.NaN;
        Value = Math.Abs(value);
        return Value;
    }

    /// <inheritdoc />
    public double Update(double open, double high, double low, double close, double volume) => Update(high, low);

    /// <inheritdoc />
    public void Reset()
    {
        _sar.Reset();
        Value = double.NaN;
    }
}
