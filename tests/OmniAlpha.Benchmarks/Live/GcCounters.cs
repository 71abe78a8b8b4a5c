namespace OmniAlpha.Benchmarks.Live;

/// <summary>The process's GC counters at one instant (differences give a run's share).</summary>
internal readonly record struct GcCounters(int Gen0, int Gen1, int Gen2, TimeSpan Pause, long AllocatedBytes)
{
    public static GcCounters Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(),
        GC.GetTotalAllocatedBytes(precise: false));
}
