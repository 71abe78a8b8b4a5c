using System.Diagnostics;
using System.Net;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>
/// A dashboard-like client: GETs the polled endpoints round robin at a fixed rate (one request at a time, like a
/// browser tab refreshing), timing each call on the client side from sending to the last byte of the body.
/// </summary>
public sealed class ApiPoller(HttpClient client, IReadOnlyList<string> paths, double requestsPerSecond)
{
    private readonly Dictionary<string, List<double>> _millis = paths.ToDictionary(p => p, _ => new List<double>());
    private readonly Dictionary<string, long> _failures = paths.ToDictionary(p => p, _ => 0L);
    private readonly Dictionary<string, long> _bytes = paths.ToDictionary(p => p, _ => 0L);

    /// <summary>The first non-success answer or exception seen, for the report.</summary>
    public string? FirstFailure { get; private set; }

    /// <summary>Polls until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (requestsPerSecond <= 0 || paths.Count == 0) return;
        var period = TimeSpan.FromSeconds(1 / requestsPerSecond);
        using var timer = new PeriodicTimer(period);
        int next = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                string path = paths[next++ % paths.Count];
                await PollOnceAsync(path, cancellationToken).ConfigureAwait(false);
                await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Per-endpoint results (latencies in milliseconds).</summary>
    public IReadOnlyList<EndpointResult> Results() =>
        [.. paths.Select(p => new EndpointResult(p, LatencySummary.Of(_millis[p]), _failures[p], _millis[p].Count == 0 ? 0 : _bytes[p] / _millis[p].Count))];

    private async Task PollOnceAsync(string path, CancellationToken cancellationToken)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            double millis = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                _failures[path]++;
                FirstFailure ??= $"GET {path}: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}";
                return;
            }
            _millis[path].Add(millis);
            _bytes[path] += response.Content.Headers.ContentLength ?? (await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false)).Length;
        }
        catch (HttpRequestException e)
        {
            _failures[path]++;
            FirstFailure ??= $"GET {path}: {e.Message}";
        }
    }
}
