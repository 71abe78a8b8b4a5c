namespace OmniAlpha.Benchmarks.Live;

/// <summary>What the LiteDB journal cost the engine thread.</summary>
/// <param name="Commits">Batches committed.</param>
/// <param name="CommitMillis">Per-commit wall time, milliseconds.</param>
/// <param name="TotalMillis">All commits together, milliseconds.</param>
/// <param name="TotalCpuMillis">CPU time the engine thread spent in those commits (the rest is waiting: disk, or a busy machine).</param>
/// <param name="MillisPerOrder">Total commit time divided by the orders placed.</param>
/// <param name="ShareOfRun">Total commit time as a share of the run's wall time (the engine thread waits meanwhile).</param>
/// <param name="FileBytes">Size of the store file at the end.</param>
/// <param name="MeanMillisByTenth">Mean commit time of each tenth of the commits, in order: does the journal slow down as it grows?</param>
public sealed record JournalCost(long Commits, LatencySummary CommitMillis, double TotalMillis, double TotalCpuMillis, double MillisPerOrder, double ShareOfRun, long FileBytes,
    IReadOnlyList<double> MeanMillisByTenth);
