using System.Net;
using System.Text.Json.Nodes;
using OmniAlpha.Server.Tests.Support;

namespace OmniAlpha.Server.Tests.Api;

/// <summary>GET /api/events: Server-Sent Events carrying snapshots, heartbeats when idle, ends on disconnect.</summary>
public sealed class EventStreamSpec
{
    [Fact]
    public async Task Sends_the_current_snapshot_then_each_published_one()
    {
        await using var server = await ApiServer.StartAsync();
        using var response = await server.Client(server.ViewerKey).GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        var first = await ReadEventAsync(reader);
        Assert.Equal(("snapshot", "7"), (first.Event, first.Id));
        Assert.Equal(7, (long)first.Data["version"]!);

        await WaitUntilAsync(() => server.Host.Subscribers == 1);
        server.Host.Publish(Snapshots.Sample(version: 8, smaStatus: Kernel.Live.StrategyStatus.Paused));
        var second = await ReadEventAsync(reader);
        Assert.Equal("8", second.Id);
        Assert.Equal("Paused", second.Data["strategies"]![0]!["status"].Text());
        Assert.Equal(95_997.00m, second.Data["strategies"]![0]!["cash"].Decimal());
    }

    [Fact]
    public async Task Bursts_are_throttled_and_the_newest_snapshot_always_arrives()
    {
        await using var server = await ApiServer.StartAsync(new Dictionary<string, string?> { ["Server:Events:MinInterval"] = "00:00:00.300" });
        using var response = await server.Client(server.ViewerKey).GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await ReadEventAsync(reader);
        await WaitUntilAsync(() => server.Host.Subscribers == 1);
        for (long version = 8; version <= 30; version++)
        {
            server.Host.Publish(Snapshots.Sample(version));
            await Task.Delay(5);
        }
        var received = new List<long>();
        while (received.LastOrDefault() != 30)
            received.Add(long.Parse((await ReadEventAsync(reader)).Id, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(received.Count < 23, $"23 snapshots in ~0.2 s should be thinned at 300 ms, got {received.Count}: {string.Join(",", received)}");
        Assert.Equal(received.Order(), received); // never out of order
    }

    [Fact]
    public async Task Idle_streams_get_heartbeat_comments()
    {
        await using var server = await ApiServer.StartAsync(new Dictionary<string, string?> { ["Server:Events:HeartbeatInterval"] = "00:00:00.100" });
        using var response = await server.Client(server.ViewerKey).GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await ReadEventAsync(reader);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        Assert.Equal(": heartbeat", await reader.ReadLineAsync(timeout.Token));
    }

    [Fact]
    public async Task Disconnecting_ends_the_stream_and_unsubscribes_from_the_engine()
    {
        await using var server = await ApiServer.StartAsync();
        var response = await server.Client(server.ViewerKey).GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await ReadEventAsync(reader);
        await WaitUntilAsync(() => server.Host.Subscribers == 1);
        reader.Dispose();
        response.Dispose();
        await WaitUntilAsync(() => server.Host.Subscribers == 0);
    }

    [Fact]
    public async Task Server_shutdown_ends_open_streams_promptly()
    {
        var server = await ApiServer.StartAsync();
        using var response = await server.Client(server.ViewerKey).GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await ReadEventAsync(reader);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        await server.DisposeAsync();
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"shutdown took {stopwatch.Elapsed}");
        Assert.Equal(0, server.Host.Subscribers);
    }

    [Fact]
    public async Task Needs_a_key()
    {
        await using var server = await ApiServer.StartAsync();
        await (await server.Client().GetAsync("/api/events")).AssertProblemAsync(401);
        Assert.Equal(0, server.Host.Subscribers);
    }

    private static async Task<(string Event, string Id, JsonNode Data)> ReadEventAsync(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string? name = null, id = null, data = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0 && data is not null)
                return (name!, id!, JsonNode.Parse(data)!);
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("id: ", StringComparison.Ordinal)) id = line[4..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
        }
        throw new InvalidOperationException("The stream ended before an event.");
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 10 s");
            await Task.Delay(20);
        }
    }
}
