namespace OmniAlpha.Kernel.Live.Journal;

/// <summary>Everything a journal holds, as loaded at start (all lists in commit order).</summary>
public sealed record JournalState
{
    /// <summary>An empty journal (first start).</summary>
    public static JournalState Empty { get; } = new();

    /// <summary>Sequence of the last committed batch (0 when none).</summary>
    public long LastSequence { get; init; }

    /// <summary>Data time of the last committed batch (null when none): recovery replays up to here.</summary>
    public DateTime? LastDataTimeUtc { get; init; }

    /// <summary>Every script version of every strategy.</summary>
    public IReadOnlyList<ScriptVersionRecord> ScriptVersions { get; init; } = [];

    /// <summary>Every lifecycle command.</summary>
    public IReadOnlyList<LifecycleRecord> Lifecycle { get; init; } = [];

    /// <summary>The latest snapshot of every order.</summary>
    public IReadOnlyList<OrderRecord> Orders { get; init; } = [];

    /// <summary>Every order event.</summary>
    public IReadOnlyList<OrderEventRecord> Events { get; init; } = [];

    /// <summary>Every fill.</summary>
    public IReadOnlyList<FillRecord> Fills { get; init; } = [];

    /// <summary>Every cash movement.</summary>
    public IReadOnlyList<CashLedgerRecord> Cash { get; init; } = [];

    /// <summary>The latest position of every (strategy, symbol).</summary>
    public IReadOnlyList<PositionRecord> Positions { get; init; } = [];

    /// <summary>Every amendment request.</summary>
    public IReadOnlyList<OrderAmendmentRecord> Amendments { get; init; } = [];

    /// <summary>The latest checkpoint of every strategy.</summary>
    public IReadOnlyList<StrategyCheckpointRecord> Checkpoints { get; init; } = [];
}
