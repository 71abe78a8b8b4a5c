namespace OmniAlpha.Kernel.Accounting;

/// <summary>
/// The account's cash and equity after every time step, in preallocated parallel arrays (sized from the
/// number of bars up front, so recording never allocates during a run).
/// </summary>
internal sealed class EquityCurve
{
    private DateTime[] _times;
    private decimal[] _cash;
    private decimal[] _equity;
    private bool[] _invested;

    public EquityCurve(int capacity)
    {
        capacity = Math.Max(capacity, 1);
        _times = new DateTime[capacity];
        _cash = new decimal[capacity];
        _equity = new decimal[capacity];
        _invested = new bool[capacity];
    }

    public int Count { get; private set; }
    public ReadOnlySpan<DateTime> Times => _times.AsSpan(0, Count);
    public ReadOnlySpan<decimal> Cash => _cash.AsSpan(0, Count);
    public ReadOnlySpan<decimal> Equity => _equity.AsSpan(0, Count);

    /// <summary>Whether the account held any position at each point.</summary>
    public ReadOnlySpan<bool> Invested => _invested.AsSpan(0, Count);

    public void Record(DateTime time, decimal cash, decimal equity, bool invested)
    {
        if (Count == _times.Length) Grow();
        _times[Count] = time;
        _cash[Count] = cash;
        _equity[Count] = equity;
        _invested[Count] = invested;
        Count++;
    }

    private void Grow()
    {
        int size = _times.Length * 2;
        Array.Resize(ref _times, size);
        Array.Resize(ref _cash, size);
        Array.Resize(ref _equity, size);
        Array.Resize(ref _invested, size);
    }
}
