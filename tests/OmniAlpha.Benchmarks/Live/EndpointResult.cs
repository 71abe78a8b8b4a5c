namespace OmniAlpha.Benchmarks.Live;

/// <summary>What the poller measured on one endpoint.</summary>
/// <param name="Path">Path and query polled.</param>
/// <param name="LatencyMillis">Client-side latency of the successful calls, in milliseconds.</param>
/// <param name="Failures">Calls that did not answer 200.</param>
/// <param name="MeanResponseBytes">Average body size of the successful calls.</param>
public sealed record EndpointResult(string Path, LatencySummary LatencyMillis, long Failures, long MeanResponseBytes);
