namespace OmniAlpha.Kernel.Results;

/// <summary>
/// Tracks the deepest peak-to-trough fall of an equity series fed in time order, with the peak, the trough
/// and the time equity regained that peak (null while it has not).
/// </summary>
internal struct DrawdownTracker(double startingEquity)
{
    private double _peak = startingEquity;
    private DateTime? _peakTime;
    private bool _awaitingRecovery;

    public double MaxDepth { get; private set; }
    public DateTime? Peak { get; private set; }
    public DateTime? Trough { get; private set; }
    public DateTime? Recovery { get; private set; }

    public void Add(DateTime time, double equity)
    {
        _peakTime ??= time;
        if (equity >= _peak)
        {
            if (_awaitingRecovery)
            {
                Recovery = time;
                _awaitingRecovery = false;
            }
            _peak = equity;
            _peakTime = time;
            return;
        }
        double depth = _peak > 0 ? 1.0 - equity / _peak : 0;
        if (depth > MaxDepth)
        {
            MaxDepth = depth;
            Peak = _peakTime;
            Trough = time;
            Recovery = null;
            _awaitingRecovery = true;
        }
    }

    /// <summary>Days from the max drawdown's peak to its recovery, or to <paramref name="end"/> when not recovered.</summary>
    public readonly double DurationDays(DateTime end) => Peak is { } peak ? ((Recovery ?? end) - peak).TotalDays : 0;
}
