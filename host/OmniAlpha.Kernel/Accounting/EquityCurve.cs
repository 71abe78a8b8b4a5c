using OmniAlpha.Kernel.Results;

namespace OmniAlpha.Kernel.Accounting;

/// <summary>
/// The account's cash and equity after every time step, in a preallocated array (sized from the longest data
/// series up front, so recording never allocates during a run). The result exposes the array without copying.
/// </summary>
internal sealed class EquityCurve(int capacity) : Engine.IEquityRecorder
{
    private EquityPoint[] _points = new EquityPoint[Math.Max(capacity, 1)];

    public int Count { get; private set; }

    public ArraySegment<EquityPoint> Points => new(_points, 0, Count);

    public void Record(DateTime time, decimal cash, decimal equity, bool invested)
    {
        if (Count == _points.Length) Array.Resize(ref _points, _points.Length * 2);
        _points[Count++] = new EquityPoint(time, cash, equity, invested);
    }
}
