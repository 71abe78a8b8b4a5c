namespace OmniAlpha.Benchmarks.Live;

/// <summary>Memory and GC over the run.</summary>
/// <param name="WorkingSetStartMb">Working set at the first sample.</param>
/// <param name="WorkingSetEndMb">Working set at the last sample.</param>
/// <param name="WorkingSetPeakMb">Largest sampled working set.</param>
/// <param name="WorkingSetSlopeMbPerMin">Least-squares slope of the working set over the second half of the run.</param>
/// <param name="ManagedHeapStartMb">Managed heap at the first sample.</param>
/// <param name="ManagedHeapEndMb">Managed heap at the last sample.</param>
/// <param name="ManagedHeapSlopeMbPerMin">Least-squares slope of the managed heap over the second half of the run.</param>
/// <param name="Gen0">Gen-0 collections during the run.</param>
/// <param name="Gen1">Gen-1 collections during the run.</param>
/// <param name="Gen2">Gen-2 collections during the run.</param>
/// <param name="GcPauseMillis">Total GC pause time during the run.</param>
/// <param name="AllocatedMb">Bytes allocated during the run, all threads, MB.</param>
public sealed record MemoryResult(double WorkingSetStartMb, double WorkingSetEndMb, double WorkingSetPeakMb, double WorkingSetSlopeMbPerMin,
    double ManagedHeapStartMb, double ManagedHeapEndMb, double ManagedHeapSlopeMbPerMin, int Gen0, int Gen1, int Gen2,
    double GcPauseMillis, double AllocatedMb);
