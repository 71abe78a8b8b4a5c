using OmniAlpha.Kernel.Live;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>
/// A <see cref="ReplayFeed"/> whose playback starts at <see cref="Release"/>, not when the engine asks: the benchmark
/// deploys all its strategies first, otherwise the first deployment's subscription would start the replay at full speed
/// and later strategies would miss a run-dependent number of bars.
/// </summary>
public sealed class GatedReplayFeed(ReplayFeed inner) : ILiveDataFeed, IResumableFeed, IBarHistory
{
    private readonly Lock _gate = new();
    private bool _released, _startRequested;
    private DateTime? _startAfter;

    /// <summary>The replay behind the gate.</summary>
    public ReplayFeed Inner { get; } = inner;

    /// <inheritdoc />
    public string Name => Inner.Name;

    /// <inheritdoc />
    public Task ConnectAsync(ILiveDataListener listener, CancellationToken cancellationToken) => Inner.ConnectAsync(listener, cancellationToken);

    /// <inheritdoc />
    public Task SubscribeAsync(Symbol symbol, CancellationToken cancellationToken) => Inner.SubscribeAsync(symbol, cancellationToken);

    /// <inheritdoc />
    public Task UnsubscribeAsync(Symbol symbol, CancellationToken cancellationToken) => Inner.UnsubscribeAsync(symbol, cancellationToken);

    /// <inheritdoc />
    public Task DisconnectAsync(CancellationToken cancellationToken) => Inner.DisconnectAsync(cancellationToken);

    /// <inheritdoc />
    public IReadOnlyList<BarSeries> GetBars(IReadOnlyCollection<Symbol> symbols, DateTime? afterUtc, DateTime toUtc) =>
        Inner.GetBars(symbols, afterUtc, toUtc);

    /// <inheritdoc />
    public void StartAfter(DateTime? afterUtc)
    {
        lock (_gate)
        {
            if (_released) { Inner.StartAfter(afterUtc); return; }
            _startRequested = true;
            _startAfter = afterUtc;
        }
    }

    /// <summary>Starts playback (at once if the engine already asked, else when it asks). Idempotent.</summary>
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
