using OmniAlpha.Kernel.Live.Journal;

namespace OmniAlpha.Kernel.Live;

/// <summary>Collects one step's records from every strategy slot into one <see cref="JournalBatch"/>; reused between batches.</summary>
internal sealed class JournalBatchBuilder
{
    public List<ScriptVersionRecord> ScriptVersions { get; } = [];
    public List<LifecycleRecord> Lifecycle { get; } = [];
    public List<OrderRecord> Orders { get; } = [];
    public List<OrderEventRecord> Events { get; } = [];
    public List<FillRecord> Fills { get; } = [];
    public List<CashLedgerRecord> Cash { get; } = [];
    public List<PositionRecord> Positions { get; } = [];
    public List<StrategyCheckpointRecord> Checkpoints { get; } = [];
    public List<OrderAmendmentRecord> Amendments { get; } = [];

    public bool IsEmpty => ScriptVersions.Count == 0 && Lifecycle.Count == 0 && Orders.Count == 0 && Events.Count == 0
        && Fills.Count == 0 && Cash.Count == 0 && Positions.Count == 0 && Checkpoints.Count == 0 && Amendments.Count == 0;

    /// <summary>Builds the batch (copies the lists) and clears the builder.</summary>
    public JournalBatch Build(long sequence, DateTime dataTimeUtc, DateTime wallTimeUtc)
    {
        var batch = new JournalBatch
        {
            Sequence = sequence,
            DataTimeUtc = dataTimeUtc,
            WallTimeUtc = wallTimeUtc,
            ScriptVersions = [.. ScriptVersions],
            Lifecycle = [.. Lifecycle],
            Orders = [.. Orders],
            Events = [.. Events],
            Fills = [.. Fills],
            Cash = [.. Cash],
            Positions = [.. Positions],
            Checkpoints = [.. Checkpoints],
            Amendments = [.. Amendments],
        };
        Clear();
        return batch;
    }

    public void Clear()
    {
        ScriptVersions.Clear();
        Lifecycle.Clear();
        Orders.Clear();
        Events.Clear();
        Fills.Clear();
        Cash.Clear();
        Positions.Clear();
        Checkpoints.Clear();
        Amendments.Clear();
    }
}
