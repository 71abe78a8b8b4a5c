using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>The result of one live-load run (serialized as the JSON report).</summary>
/// <param name="Options">The sizes run.</param>
/// <param name="Environment">Machine, runtime and load average.</param>
/// <param name="Bars">Bars in the data set (symbols x days x 390).</param>
/// <param name="TimeSlices">Distinct bar end times (one engine step each).</param>
/// <param name="DataGenerationSeconds">Time to generate the data (not part of the run).</param>
/// <param name="RunSeconds">Wall time from the replay's release to the engine having processed its last slice.</param>
/// <param name="BarsPerSecond">Bars the engine processed per second of run.</param>
/// <param name="EventsPerSecond">Bars plus journaled order events per second of run.</param>
/// <param name="OrdersPlaced">Orders the strategies placed (OrderSubmitted events journaled).</param>
/// <param name="OrdersCanceled">Orders cancelled.</param>
/// <param name="OrdersRejected">Orders rejected.</param>
/// <param name="OrderEvents">Order events journaled (submitted, accepted, filled, cancelled ...).</param>
/// <param name="Fills">Fills journaled.</param>
/// <param name="Engine">The engine's own counters at the end (its final snapshot).</param>
/// <param name="Journal">Journal commit cost.</param>
/// <param name="BarToOrderMicros">Bar-to-order latency from the engine's meter, microseconds (exact, every record).</param>
/// <param name="StepMicros">Engine step duration (all strategies of one slice) from the meter, microseconds.</param>
/// <param name="MaxLagSeconds">Largest engine lag sampled (once a second) during the run.</param>
/// <param name="Endpoints">Client-side latency per polled endpoint.</param>
/// <param name="PollFailure">The first failed poll, if any.</param>
/// <param name="Events">The open event stream.</param>
/// <param name="Memory">Working set, managed heap, GC.</param>
/// <param name="TopAllocations">Types allocating the most during the run (sampled by the runtime's allocation ticks).</param>
/// <param name="FailedChecks">Harness checks that failed (empty on a sound run).</param>
/// <param name="Samples">The per-second samples.</param>
public sealed record LiveLoadReport(
    LiveLoadOptions Options,
    RunEnvironment Environment,
    long Bars,
    int TimeSlices,
    double DataGenerationSeconds,
    double RunSeconds,
    double BarsPerSecond,
    double EventsPerSecond,
    long OrdersPlaced,
    long OrdersCanceled,
    long OrdersRejected,
    long OrderEvents,
    long Fills,
    EngineStats Engine,
    JournalCost Journal,
    LatencySummary BarToOrderMicros,
    LatencySummary StepMicros,
    double MaxLagSeconds,
    IReadOnlyList<EndpointResult> Endpoints,
    string? PollFailure,
    SseResult Events,
    MemoryResult Memory,
    IReadOnlyList<AllocationShare> TopAllocations,
    IReadOnlyList<string> FailedChecks,
    IReadOnlyList<MemorySample> Samples);
