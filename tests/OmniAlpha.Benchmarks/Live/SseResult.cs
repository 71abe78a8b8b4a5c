namespace OmniAlpha.Benchmarks.Live;

/// <summary>What the open <c>/api/events</c> stream received.</summary>
/// <param name="Events">Snapshot events.</param>
/// <param name="MeanEventBytes">Average payload of one event.</param>
/// <param name="Heartbeats">Heartbeat comments.</param>
/// <param name="MaxGapMillis">Longest wait between two events.</param>
/// <param name="Failure">Why the stream failed, if it did.</param>
public sealed record SseResult(long Events, long MeanEventBytes, long Heartbeats, double MaxGapMillis, string? Failure);
