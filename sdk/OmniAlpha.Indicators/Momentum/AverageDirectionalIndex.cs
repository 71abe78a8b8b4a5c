namespace OmniAlpha.Indicators;

/// <summary>
/// ADX(n) as TA-Lib's <c>ADX</c>: Wilder's smoothing of <see cref="DirectionalMovementIndex"/> values. The first ADX is
/// the plain mean of the first n DX values (a DX that TA-Lib cannot compute, zero range or zero DI sum, adds 0), then
/// ADX = (ADX × (n − 1) + DX) / n, skipping bars whose DX cannot be computed. In [0, 100]. Lookback 2n − 1.
/// O(1) per bar; a NaN input makes every later value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class AverageDirectionalIndex : IBarIndicator
{
    private WilderDirectionalMovement _movement;
    private double _dxSum;

    /// <summary>Creates an ADX of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    public AverageDirectionalIndex(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        Period = period;
        _movement = new WilderDirectionalMovement(period);
        Value = double.NaN;
    }

    /// <summary>Period n.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int Lookback => 2 * Period - 1;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Feeds the next bar and returns the ADX (NaN while not ready).</summary>
    public double Update(double high, double low, double close)
    {
        Samples++;
        _movement.Update(high, low, close);
        if (!_movement.IsSmoothing) return double.NaN;
        bool defined = _movement.TryDirectionalIndex(out double dx);
        if (Samples <= 2 * Period)
        {
            if (defined) _dxSum += dx;
            if (Samples < 2 * Period) return double.NaN;
            Value = _dxSum / Period;
        }
        else if (defined)
        {
            Value = ((Value * (Period - 1)) + dx) / Period;
        }
        return Value;
    }

    /// <inheritdoc />
    double IBarIndicator.Update(double open, double high, double low, double close, double volume) => Update(high, low, close);

    /// <inheritdoc />
    public void Reset()
    {
        _movement.Reset();
        _dxSum = 0;
        Samples = 0;
        Value = double.NaN;
    }
}
