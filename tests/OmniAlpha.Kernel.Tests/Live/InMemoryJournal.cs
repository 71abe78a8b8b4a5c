using OmniAlpha.Kernel.Live.Journal;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>
/// A journal in memory that keeps only committed batches, like a database after a crash. It can be told to fail the
/// commit after a given number of commits (a crash at that point: the batch is lost) and observers see each commit.
/// </summary>
internal sealed class InMemoryJournal : ITradingJournal
{
    private readonly List<JournalBatch> _batches = [];
    private readonly Lock _lock = new();

    /// <summary>Commits after which the next one fails (null: never).</summary>
    public int? FailAfterCommits { get; set; }

    /// <summary>Called inside Commit after the batch became durable.</summary>
    public Action<JournalBatch>? Committed { get; set; }

    public IReadOnlyList<JournalBatch> Batches { get { lock (_lock) return [.. _batches]; } }

    public JournalState Load()
    {
        lock (_lock)
        {
            var orders = new Dictionary<(string, string), OrderRecord>();
            var orderKeys = new List<(string, string)>();
            var positions = new Dictionary<(string, string), PositionRecord>();
            var checkpoints = new Dictionary<string, StrategyCheckpointRecord>();
            foreach (var batch in _batches)
            {
                foreach (var o in batch.Orders)
                {
                    var key = (o.StrategyId, o.Order.ClientOrderId);
                    if (!orders.ContainsKey(key)) orderKeys.Add(key);
                    orders[key] = o;
                }
                foreach (var p in batch.Positions) positions[(p.StrategyId, p.Symbol)] = p;
                foreach (var c in batch.Checkpoints) checkpoints[c.StrategyId] = c;
            }
            return new JournalState
            {
                LastSequence = _batches.Count == 0 ? 0 : _batches[^1].Sequence,
                LastDataTimeUtc = _batches.Count == 0 ? null : _batches[^1].DataTimeUtc,
                ScriptVersions = [.. _batches.SelectMany(b => b.ScriptVersions)],
                Lifecycle = [.. _batches.SelectMany(b => b.Lifecycle)],
                Orders = [.. orderKeys.Select(k => orders[k])],
                Events = [.. _batches.SelectMany(b => b.Events)],
                Fills = [.. _batches.SelectMany(b => b.Fills)],
                Cash = [.. _batches.SelectMany(b => b.Cash)],
                Positions = [.. positions.Values],
                Checkpoints = [.. checkpoints.Values],
                Amendments = [.. _batches.SelectMany(b => b.Amendments)],
            };
        }
    }

    public void Commit(JournalBatch batch)
    {
        lock (_lock)
        {
            if (FailAfterCommits is { } limit && _batches.Count >= limit) throw new JournalException("test journal: simulated crash before the commit");
            long expected = _batches.Count == 0 ? batch.Sequence : _batches[^1].Sequence + 1;
            if (batch.Sequence != expected) throw new JournalException($"batch {batch.Sequence} out of sequence (expected {expected})");
            _batches.Add(batch);
        }
        Committed?.Invoke(batch);
    }

    public void Dispose() { }
}
