namespace OmniAlpha.Indicators;

/// <summary>
/// ROCP(n) as TA-Lib computes it: (x[t] − x[t−n]) / x[t−n] (a fraction, despite the name), 0 when x[t−n] is 0, where x[t−n] is the input n inputs earlier; lookback n. A NaN input gives NaN for
/// the n inputs that pair with it and no longer.
/// </summary>
public sealed class RateOfChangePercentage : ISeriesIndicator
{
    private readonly DelayLine _past;

    /// <summary>Creates a ROCP over <paramref name="period"/> inputs.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public RateOfChangePercentage(int period = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        _past = new DelayLine(period);
        Value = double.NaN;
    }

    /// <summary>Period n.</summary>
    public int Period => _past.Delay;

    /// <inheritdoc />
    public int Lookback => Period;

    /// <inheritdoc />
    public bool IsReady => Samples > Period;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public double Update(double input)
    {
        Samples++;
        if (!_past.TryPush(input, out double past)) return double.NaN;
        Value = past != 0.0 ? (input - past) / past : 0.0;
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _past.Reset();
        Samples = 0;
        Value = double.NaN;
    }
}
