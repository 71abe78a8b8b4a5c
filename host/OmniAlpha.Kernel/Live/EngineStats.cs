namespace OmniAlpha.Kernel.Live;

/// <summary>Engine counters since the process started.</summary>
/// <param name="TimeSteps">Time steps processed.</param>
/// <param name="Bars">Bars processed.</param>
/// <param name="OrdersSubmitted">Orders sent to brokers.</param>
/// <param name="OrdersRejected">Orders rejected (kernel checks, risk, trading state, broker).</param>
/// <param name="Fills">Fills applied.</param>
/// <param name="JournalCommits">Journal batches committed.</param>
/// <param name="LagSeconds">How far the engine is behind the feed (wall time between a bar's arrival and its processing).</param>
/// <param name="BarToOrderP50Micros">Median latency from a bar reaching the engine to an order it caused being sent.</param>
/// <param name="BarToOrderP99Micros">99th percentile of the same latency.</param>
public sealed record EngineStats(long TimeSteps, long Bars, long OrdersSubmitted, long OrdersRejected, long Fills, long JournalCommits,
    double LagSeconds, double BarToOrderP50Micros, double BarToOrderP99Micros)
{
    /// <summary>All zero.</summary>
    public static EngineStats Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
