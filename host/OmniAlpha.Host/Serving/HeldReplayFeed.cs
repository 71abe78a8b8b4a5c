using OmniAlpha.Kernel.Live;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Host.Serving;

/// <summary>
/// A <see cref="ReplayFeed"/> whose playback waits for <see cref="Release"/>: the engine asks it to start when its
/// recovery ends, but the host first deploys the configured strategies that are not in the journal yet. Without the
/// hold, the first deployment's subscription would start the replay and a second deployment could land a few slices
/// later, on a different bar in every run.
/// </summary>
internal sealed class HeldReplayFeed(ReplayFeed inner) : ILiveDataFeed, IResumableFeed, IBarHistory
{
    private readonly Lock _gate = new();
    private bool _released;
    private bool _startRequested;
    private DateTime? _startAfter;

    /// <summary>The replay behind the hold.</summary>
    public ReplayFeed Inner { get; } = inner;

    public string Name => Inner.Name;

    public Task ConnectAsync(ILiveDataListener listener, CancellationToken cancellationToken) => Inner.ConnectAsync(listener, cancellationToken);

    public Task SubscribeAsync(Symbol symbol, CancellationToken cancellationToken) => Inner.SubscribeAsync(symbol, cancellationToken);

    public Task UnsubscribeAsync(Symbol symbol, CancellationToken cancellationToken) => Inner.UnsubscribeAsync(symbol, cancellationToken);

    public Task DisconnectAsync(CancellationToken cancellationToken) => Inner.DisconnectAsync(cancellationToken);

    public IReadOnlyList<BarSeries> GetBars(IReadOnlyCollection<Symbol> symbols, DateTime? afterUtc, DateTime toUtc) =>
        Inner.GetBars(symbols, afterUtc, toUtc);

    /// <summary>Remembers where to start; playback begins at <see cref="Release"/> (at once when already released).</summary>
    public void StartAfter(DateTime? afterUtc)
    {
        lock (_gate)
        {
            if (_released) { Inner.StartAfter(afterUtc); return; }
            _startRequested = true;
            _startAfter = afterUtc;
        }
    }

    /// <summary>Lets playback begin (idempotent).</summary>
    public void Release()
    {
        lock (_gate)
        {
            if (_released) return;
            _released = true;
            if (_startRequested) Inner.StartAfter(_startAfter);
        }
    }
}
