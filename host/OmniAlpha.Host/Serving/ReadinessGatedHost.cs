using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Host.Serving;

/// <summary>
/// The <see cref="ITradingHost"/> the API sees: the engine, except that it reports ready only once the service's start
/// is complete (recovery finished AND the configured strategies deployed AND the replay released), so /health/ready
/// never says ready while the strategy list is still incomplete.
/// </summary>
internal sealed class ReadinessGatedHost(LiveEngine engine) : ITradingHost
{
    private volatile bool _open;

    public LiveHostSnapshot Current => engine.Current;

    public bool IsReady => _open && engine.IsReady;

    public event Action<LiveHostSnapshot>? SnapshotPublished
    {
        add => engine.SnapshotPublished += value;
        remove => engine.SnapshotPublished -= value;
    }

    public Task<CommandResult> ExecuteAsync(TradingCommand command, CancellationToken cancellationToken) =>
        engine.ExecuteAsync(command, cancellationToken);

    /// <summary>Start is complete: report readiness from now on (as long as the engine runs).</summary>
    public void Open() => _open = true;
}
