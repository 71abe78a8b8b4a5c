namespace OmniAlpha.Indicators;

/// <summary>
/// The fast and slow moving averages of the same <see cref="MovingAverageType"/> that TA-Lib's <c>APO</c> and <c>PPO</c>
/// compare: periods of at least 2, swapped when the slow one is shorter. No allocation after construction.
/// </summary>
internal sealed class MovingAveragePair
{
    private readonly ISeriesIndicator _fast;
    private readonly ISeriesIndicator _slow;

    /// <summary>Creates both averages.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period below 2 or an unavailable moving-average type.</exception>
    public MovingAveragePair(int fastPeriod, int slowPeriod, MovingAverageType type)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fastPeriod, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(slowPeriod, 2);
        if (slowPeriod < fastPeriod) (fastPeriod, slowPeriod) = (slowPeriod, fastPeriod);
        _fast = MovingAverages.Create(type, fastPeriod);
        _slow = MovingAverages.Create(type, slowPeriod);
        FastPeriod = fastPeriod;
        SlowPeriod = slowPeriod;
    }

    /// <summary>Fast MA period (after the swap).</summary>
    public int FastPeriod { get; }

    /// <summary>Slow MA period (after the swap).</summary>
    public int SlowPeriod { get; }

    /// <summary>Lookback of the slow average.</summary>
    public int Lookback => _slow.Lookback;

    /// <summary>Feeds both averages; true once the slow one is ready.</summary>
    public bool Update(double input, out double fast, out double slow)
    {
        fast = _fast.Update(input);
        slow = _slow.Update(input);
        return _slow.IsReady;
    }

    /// <summary>Forgets all inputs.</summary>
    public void Reset()
    {
        _fast.Reset();
        _slow.Reset();
    }
}
