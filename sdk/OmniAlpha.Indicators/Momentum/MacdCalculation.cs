namespace OmniAlpha.Indicators;

/// <summary>
/// The arithmetic of TA-Lib's MACD (<c>INT_MACD</c>) as a mutable struct, shared by the streaming <see cref="Macd"/> and the
/// batch <see cref="Ta.Macd"/> so both give identical values; the batch keeps it in a local for speed.
/// </summary>
internal struct MacdCalculation
{
    private readonly int _fastStart;
    private int _samples;
    private SeededExponentialAverage _fast;
    private SeededExponentialAverage _slow;
    private SeededExponentialAverage _signal;

    /// <summary>MACD from the given EMAs; the fast one starts slow − fast inputs late so both first values coincide.</summary>
    public MacdCalculation(SeededExponentialAverage fast, SeededExponentialAverage slow, int signalPeriod)
    {
        _fast = fast;
        _slow = slow;
        _signal = SeededExponentialAverage.OfPeriod(signalPeriod);
        _fastStart = slow.Period - fast.Period;
    }

    /// <summary>Fast EMA period and smoothing factor.</summary>
    public readonly (int Period, double Alpha) Fast => (_fast.Period, _fast.Alpha);

    /// <summary>Slow EMA period and smoothing factor.</summary>
    public readonly (int Period, double Alpha) Slow => (_slow.Period, _slow.Alpha);

    /// <summary>Fast EMA period.</summary>
    public readonly int FastPeriod => _fast.Period;

    /// <summary>Slow EMA period.</summary>
    public readonly int SlowPeriod => _slow.Period;

    /// <summary>Signal EMA period.</summary>
    public readonly int SignalPeriod => _signal.Period;

    /// <summary>Inputs seen.</summary>
    public readonly int Samples => _samples;

    /// <summary>Feeds an input; returns true once the signal line is defined, with the three outputs.</summary>
    public bool Update(double input, out double line, out double signal)
    {
        if (_samples++ >= _fastStart) _fast.Update(input);
        double slow = _slow.Update(input);
        line = signal = double.NaN;
        if (!_slow.IsReady) return false;
        double macd = _fast.Value - slow;
        double smoothed = _signal.Update(macd);
        if (!_signal.IsReady) return false;
        line = macd;
        signal = smoothed;
        return true;
    }

    /// <summary>Forgets all inputs.</summary>
    public void Reset()
    {
        _samples = 0;
        _fast.Reset();
        _slow.Reset();
        _signal.Reset();
    }
}
