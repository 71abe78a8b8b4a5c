using System.Diagnostics;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>
/// Keeps one <c>GET /api/events</c> stream open for the whole run, as the dashboard does, and counts what arrives:
/// snapshot events, bytes, and the longest wait between two events.
/// </summary>
public sealed class SseListener(HttpClient client, string path)
{
    /// <summary>Snapshot events received.</summary>
    public long Events { get; private set; }

    /// <summary>Bytes of event payload (data lines) received.</summary>
    public long DataBytes { get; private set; }

    /// <summary>Heartbeat comments received.</summary>
    public long Heartbeats { get; private set; }

    /// <summary>Longest time between two snapshot events, in milliseconds.</summary>
    public double MaxGapMillis { get; private set; }

    /// <summary>Why the stream ended early, if it did.</summary>
    public string? Failure { get; private set; }

    /// <summary>Reads the stream until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Accept.ParseAdd("text/event-stream");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                Failure = $"GET {path}: HTTP {(int)response.StatusCode}";
                return;
            }
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));
            long last = Stopwatch.GetTimestamp();
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (line.StartsWith("event: snapshot", StringComparison.Ordinal))
                {
                    if (Events > 0) MaxGapMillis = Math.Max(MaxGapMillis, Stopwatch.GetElapsedTime(last).TotalMilliseconds);
                    last = Stopwatch.GetTimestamp();
                    Events++;
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) DataBytes += line.Length - 6;
                else if (line.StartsWith(':')) Heartbeats++;
            }
            if (!cancellationToken.IsCancellationRequested) Failure = "the server ended the event stream";
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            if (!cancellationToken.IsCancellationRequested) Failure = $"GET {path}: {e.Message}";
        }
    }
}
