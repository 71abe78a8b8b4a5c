using OmniAlpha.Indicators;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Tests.Strategies;

/// <summary>
/// Updates two SMAs on every bar and reads its position; optionally buys once on the first bar and holds (so the
/// engine marks a position every bar). Records the thread's allocated bytes at bar <c>from</c> and at bar <c>to</c>.
/// </summary>
internal sealed class AllocationProbeStrategy(bool hold, int from, int to) : Strategy
{
    private readonly SimpleMovingAverage _fast = new(10);
    private readonly SimpleMovingAverage _slow = new(30);
    private int _bar;

    public long AllocatedAtFrom { get; private set; }
    public long AllocatedAtTo { get; private set; }
    public double Checksum { get; private set; }

    public override void OnBar(in Bar bar)
    {
        _bar++;
        double close = (double)bar.Close;
        _fast.Update(close);
        _slow.Update(close);
        if (_slow.IsReady && Position(bar.Symbol).IsFlat) Checksum += _fast.Value - _slow.Value;
        if (hold && _bar == 1) Buy(bar.Symbol, 10m);
        if (_bar == from) AllocatedAtFrom = GC.GetAllocatedBytesForCurrentThread();
        if (_bar == to) AllocatedAtTo = GC.GetAllocatedBytesForCurrentThread();
    }
}
