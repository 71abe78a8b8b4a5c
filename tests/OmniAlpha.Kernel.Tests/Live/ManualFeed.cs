using OmniAlpha.Kernel.Live;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>A feed the test drives slice by slice; it remembers what it pushed and serves it as history for a restart.</summary>
internal sealed class ManualFeed : ILiveDataFeed, IBarHistory
{
    private readonly List<Bar> _pushed = [];
    private ILiveDataListener? _listener;

    public string Name => "Manual";

    public HashSet<Symbol> Subscribed { get; } = [];

    public Task ConnectAsync(ILiveDataListener listener, CancellationToken cancellationToken)
    {
        _listener = listener;
        return Task.CompletedTask;
    }

    public Task SubscribeAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        Subscribed.Add(symbol);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(Symbol symbol, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DisconnectAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Reports <paramref name="bars"/> (one instant) and closes the slice.</summary>
    public void Push(params Bar[] bars)
    {
        foreach (var bar in bars)
        {
            _pushed.Add(bar);
            _listener!.OnBar(in bar);
        }
        ((ISliceListener)_listener!).OnSliceComplete(bars[0].EndTime);
    }

    /// <summary>A daily bar of <paramref name="symbol"/> on day <paramref name="day"/> with the given prices.</summary>
    public static Bar Bar(string symbol, int day, decimal open, decimal close) =>
        new(symbol, LiveTestKit.Start.AddDays(day), open, Math.Max(open, close) + 0.5m, Math.Min(open, close) - 0.5m, close, 100_000m);

    public IReadOnlyList<BarSeries> GetBars(IReadOnlyCollection<Symbol> symbols, DateTime? afterUtc, DateTime toUtc) =>
        [.. _pushed.Where(b => symbols.Contains(b.Symbol) && (afterUtc is null || b.EndTime > afterUtc) && b.EndTime <= toUtc)
            .GroupBy(b => b.Symbol)
            .Select(g => new BarSeries(Instrument.UsEquity(g.Key), [.. g.OrderBy(b => b.EndTime)], TimeSpan.FromDays(1)))];
}
