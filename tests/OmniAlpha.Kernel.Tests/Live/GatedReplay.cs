using OmniAlpha.Kernel.Live;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>A replay whose playback starts only when the test opens the gate (so deployments happen before the first bar).</summary>
internal sealed class GatedReplay(ReplayFeed inner, bool open = false) : ILiveDataFeed, IResumableFeed
{
    private DateTime? _after;
    private bool _started;
    private bool _open = open;

    public string Name => inner.Name;
    public Task ConnectAsync(ILiveDataListener listener, CancellationToken cancellationToken) => inner.ConnectAsync(listener, cancellationToken);
    public Task SubscribeAsync(Symbol symbol, CancellationToken cancellationToken) => inner.SubscribeAsync(symbol, cancellationToken);
    public Task UnsubscribeAsync(Symbol symbol, CancellationToken cancellationToken) => inner.UnsubscribeAsync(symbol, cancellationToken);
    public Task DisconnectAsync(CancellationToken cancellationToken) => inner.DisconnectAsync(cancellationToken);

    public void StartAfter(DateTime? afterUtc)
    {
        _after = afterUtc;
        _started = true;
        if (_open) inner.StartAfter(afterUtc);
    }

    public void Open()
    {
        _open = true;
        if (_started) inner.StartAfter(_after);
    }
}
