namespace OmniAlpha.Indicators;

/// <summary>
/// DX(n) as TA-Lib's <c>DX</c>: 100 × |+DI − −DI| / (+DI + −DI) from Wilder's smoothed directional movement and true
/// range (sums seeded over the first n − 1 bar-to-bar moves), in [0, 100]. When the true range or the DI sum is within
/// 1e-14 of zero TA-Lib repeats the previous value (0 for the first). Lookback n. O(1) per bar; a NaN input makes every
/// later value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class DirectionalMovementIndex : IBarIndicator
{
    private WilderDirectionalMovement _movement;

    /// <summary>Creates a DX of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    public DirectionalMovementIndex(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
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

    /// <summary>Feeds the next bar and returns the DX (NaN while not ready).</summary>
    public double Update(double high, double low, double close)
    {
        Samples++;
        _movement.Update(high, low, close);
        if (!_movement.IsSmoothing) return double.NaN;
        if (_movement.TryDirectionalIndex(out double dx)) Value = dx;
        else if (Samples == Period + 1) Value = 0.0;
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
