namespace OmniAlpha.Benchmarks.Live;

/// <summary>One per-second sample of the process.</summary>
/// <param name="Seconds">Seconds since the run started.</param>
/// <param name="WorkingSetMb">Working set (resident memory), MB.</param>
/// <param name="ManagedHeapMb">Managed heap in use (<see cref="GC.GetTotalMemory(bool)"/>, no collection forced), MB.</param>
/// <param name="DataTimeUtc">The engine's data time then.</param>
/// <param name="LagSeconds">The engine's lag then (its published snapshot's <c>Stats.LagSeconds</c>).</param>
public sealed record MemorySample(double Seconds, double WorkingSetMb, double ManagedHeapMb, DateTime? DataTimeUtc, double LagSeconds);
