namespace OmniAlpha.Indicators;

/// <summary>
/// Plus (+DI) directional indicator as TA-Lib's <c>PLUS_DI</c>: 100 × smoothed +DM / smoothed true range, with Wilder's sums seeded
/// over the first n − 1 bar-to-bar moves (see TA-Lib's ADX family); 0 when the true range is within 1e-14 of zero.
/// Lookback n. TA-Lib's quirk kept: with period 1 the value is the unscaled ratio +DM / TR (no factor 100).
/// O(1) per bar; a NaN input makes every later value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class PlusDirectionalIndicator : IBarIndicator
{
    private WilderDirectionalMovement _movement;

    /// <summary>Creates the indicator over <paramref name="period"/> bars.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public PlusDirectionalIndicator(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        Period = period;
        _movement = new WilderDirectionalMovement(period);
        Value = double.NaN;
    }

    /// <summary>Period n.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int Lookback => Period;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Feeds the next bar and returns the indicator (NaN while not ready).</summary>
    public double Update(double high, double low, double close)
    {
        Samples++;
        _movement.Update(high, low, close);
        if (!_movement.IsSmoothing) return double.NaN;
        double range = _movement.TrueRange;
        double movement = _movement.PlusDM;
        Value = TaLibArithmetic.IsZero(range) ? 0.0 : Period == 1 ? movement / range : 100.0 * (movement / range);
        return Value;
    }

    /// <inheritdoc />
    double IBarIndicator.Update(double open, double high, double low, double close, double volume) => Update(high, low, close);

    /// <inheritdoc />
    public void Reset()
    {
        _movement.Reset();
        Samples = 0;
        Value = double.NaN;
    }
}
