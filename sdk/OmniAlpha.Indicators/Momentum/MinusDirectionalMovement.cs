namespace OmniAlpha.Indicators;

/// <summary>
/// Minus (−DM) directional movement as TA-Lib's <c>MINUS_DM</c>: Wilder's running sum of −DM, seeded with the plain sum of the first
/// n − 1 bar-to-bar moves and then sum − sum / n + today's −DM (a sum, not an average, as in TA-Lib). Lookback n − 1
/// (1 for period 1, where the value is the raw −DM). O(1) per bar; a NaN input makes every later value NaN until
/// <see cref="Reset"/>.
/// </summary>
public sealed class MinusDirectionalMovement : IBarIndicator
{
    private WilderDirectionalMovement _movement;

    /// <summary>Creates the indicator over <paramref name="period"/> bars.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public MinusDirectionalMovement(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        Period = period;
        _movement = new WilderDirectionalMovement(period);
        Value = double.NaN;
    }

    /// <summary>Period n.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int Lookback => Period > 1 ? Period - 1 : 1;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Feeds the next bar and returns the smoothed movement (NaN while not ready).</summary>
    public double Update(double high, double low)
    {
        Samples++;
        _movement.Update(high, low, close: 0);
        if (Samples <= Lookback) return double.NaN;
        Value = _movement.MinusDM;
        return Value;
    }

    /// <inheritdoc />
    double IBarIndicator.Update(double open, double high, double low, double close, double volume) => Update(high, low);

    /// <inheritdoc />
    public void Reset()
    {
        _movement.Reset();
        Samples = 0;
        Value = double.NaN;
    }
}
