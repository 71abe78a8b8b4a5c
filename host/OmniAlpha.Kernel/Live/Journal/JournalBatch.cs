namespace OmniAlpha.Kernel.Live.Journal;

/// <summary>
/// What the engine decided and observed since the previous commit, written in one transaction. The engine commits a
/// batch at the end of a time step that produced anything (orders, events, fills, commands) and at a periodic
/// checkpoint; market data is never part of it.
/// </summary>
public sealed record JournalBatch
{
    /// <summary>Batch number, 1, 2, 3... (one more than the last committed one).</summary>
    public required long Sequence { get; init; }

    /// <summary>Engine (data) time of the last time step the batch covers: recovery replays up to here.</summary>
    public required DateTime DataTimeUtc { get; init; }

    /// <summary>Wall-clock time of the commit.</summary>
    public required DateTime WallTimeUtc { get; init; }

    /// <summary>New strategy deployments and script versions.</summary>
    public IReadOnlyList<ScriptVersionRecord> ScriptVersions { get; init; } = [];

    /// <summary>Commands that took effect at a time-step boundary (start, stop, pause, reload, trading state, kill...).</summary>
    public IReadOnlyList<LifecycleRecord> Lifecycle { get; init; } = [];

    /// <summary>Latest snapshot of every order that is new or changed (keyed by strategy id + client order id).</summary>
    public IReadOnlyList<OrderRecord> Orders { get; init; } = [];

    /// <summary>Every order event, in the order it happened.</summary>
    public IReadOnlyList<OrderEventRecord> Events { get; init; } = [];

    /// <summary>Every fill, in execution order.</summary>
    public IReadOnlyList<FillRecord> Fills { get; init; } = [];

    /// <summary>Cash movements (trades, commissions), in order.</summary>
    public IReadOnlyList<CashLedgerRecord> Cash { get; init; } = [];

    /// <summary>Position after the batch for every symbol whose position changed.</summary>
    public IReadOnlyList<PositionRecord> Positions { get; init; } = [];

    /// <summary>Amendments requested from venues in this batch, in order (sent only after the commit).</summary>
    public IReadOnlyList<OrderAmendmentRecord> Amendments { get; init; } = [];

    /// <summary>Strategy state ([Persist] fields) and account marks at the batch's data time.</summary>
    public IReadOnlyList<StrategyCheckpointRecord> Checkpoints { get; init; } = [];

    /// <summary>True when the batch carries nothing but the time cursor.</summary>
    public bool IsEmpty => ScriptVersions.Count == 0 && Lifecycle.Count == 0 && Orders.Count == 0 && Events.Count == 0
        && Fills.Count == 0 && Cash.Count == 0 && Positions.Count == 0 && Checkpoints.Count == 0 && Amendments.Count == 0;
}
