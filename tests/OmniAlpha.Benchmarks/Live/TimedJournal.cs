using System.Diagnostics;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>
/// Wraps the real journal and measures each <see cref="Commit"/> (wall time, on the engine thread) and what the batches
/// held. The counters are written by the engine thread only and read after it stopped (or approximately while running).
/// </summary>
public sealed class TimedJournal(ITradingJournal inner) : ITradingJournal
{
    private readonly List<double> _commitMillis = new(capacity: 1 << 16);

    /// <summary>Batches committed.</summary>
    public long Commits { get; private set; }

    /// <summary>Total wall time spent in commits.</summary>
    public double TotalCommitMillis { get; private set; }

    /// <summary>CPU time the engine thread itself spent in commits (NaN off Linux); the rest of the wall time was waiting.</summary>
    public double TotalCommitCpuMillis { get; private set; }

    /// <summary>Order records (new orders and order updates) committed.</summary>
    public long OrderRecords { get; private set; }

    /// <summary>Orders placed (OrderSubmitted events committed).</summary>
    public long OrdersPlaced { get; private set; }

    /// <summary>Orders cancelled (OrderCanceled events committed).</summary>
    public long OrdersCanceled { get; private set; }

    /// <summary>Orders rejected (OrderRejected events committed).</summary>
    public long OrdersRejected { get; private set; }

    /// <summary>Order events (submitted, accepted, filled, cancelled, rejected ...) committed.</summary>
    public long OrderEvents { get; private set; }

    /// <summary>Fills committed.</summary>
    public long Fills { get; private set; }

    /// <summary>Checkpoint records committed.</summary>
    public long Checkpoints { get; private set; }

    /// <summary>Every commit's duration in milliseconds, in commit order.</summary>
    public IReadOnlyList<double> CommitMillis => _commitMillis;

    /// <inheritdoc />
    public JournalState Load() => inner.Load();

    /// <inheritdoc />
    public void Commit(JournalBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        double cpuStart = ThreadCpuClock.NowMillis();
        long start = Stopwatch.GetTimestamp();
        inner.Commit(batch);
        double millis = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        TotalCommitCpuMillis += ThreadCpuClock.NowMillis() - cpuStart;
        _commitMillis.Add(millis);
        TotalCommitMillis += millis;
        Commits++;
        OrderRecords += batch.Orders.Count;
        OrderEvents += batch.Events.Count;
        foreach (var record in batch.Events)
        {
            switch (record.Event)
            {
                case OrderSubmitted: OrdersPlaced++; break;
                case OrderCanceled: OrdersCanceled++; break;
                case OrderRejected: OrdersRejected++; break;
            }
        }
        Fills += batch.Fills.Count;
        Checkpoints += batch.Checkpoints.Count;
    }

    /// <inheritdoc />
    public void Dispose() => inner.Dispose();
}
