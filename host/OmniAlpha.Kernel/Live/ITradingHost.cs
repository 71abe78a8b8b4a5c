namespace OmniAlpha.Kernel.Live;

/// <summary>
/// The live engine as the outside (REST API, dashboard, CLI) sees it: consistent read-only snapshots and commands that
/// take effect at the next time-step boundary on the engine thread. Thread-safe.
/// </summary>
public interface ITradingHost
{
    /// <summary>
    /// The latest published snapshot: immutable and internally consistent (every number in it is from the same
    /// engine state), so readers never see half of a time step.
    /// </summary>
    LiveHostSnapshot Current { get; }

    /// <summary>True once recovery finished and the engine processes live data.</summary>
    bool IsReady { get; }

    /// <summary>
    /// Called on a background thread after each published snapshot (throttled by the engine). Handlers must be quick and
    /// must not throw; they are used to push live updates (SSE).
    /// </summary>
    event Action<LiveHostSnapshot>? SnapshotPublished;

    /// <summary>Applies <paramref name="command"/> at the next time-step boundary and reports the outcome.</summary>
    Task<CommandResult> ExecuteAsync(TradingCommand command, CancellationToken cancellationToken);
}
