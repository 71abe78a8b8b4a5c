using System.Diagnostics.Metrics;
using System.Net;
using OmniAlpha.Server.Tests.Support;

namespace OmniAlpha.Server.Tests.Observability;

/// <summary>GET /metrics: Prometheus text with the engine meter's instruments and the HTTP request metrics.</summary>
public sealed class MetricsSpec
{
    [Fact]
    public async Task Exposes_the_engine_meter_after_its_instruments_record()
    {
        await using var server = await ApiServer.StartAsync();
        // A unique instrument name per test run: the meter is process-wide and other tests' servers listen to it too.
        string suffix = Guid.NewGuid().ToString("N")[..8];
        using var meter = new Meter("OmniAlpha.Engine");
        var orders = meter.CreateCounter<long>($"omnialpha.orders.submitted.{suffix}");
        var latency = meter.CreateHistogram<double>($"omnialpha.bar_to_order.latency.{suffix}", unit: "us");
        using var ignored = new Meter("Some.Other.Meter");
        ignored.CreateCounter<long>($"other.counter.{suffix}").Add(1);
        orders.Add(3);
        latency.Record(150);

        await server.Client(server.ViewerKey).GetAsync("/api/strategies");
        var response = await server.Client(server.ViewerKey).GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        string text = await response.Content.ReadAsStringAsync();
        var lines = text.Split((char)10);
        Assert.Contains(lines, l => l.StartsWith($"omnialpha_engine_omnialpha_orders_submitted_{suffix}", StringComparison.Ordinal) && l.EndsWith(" 3", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"omnialpha_engine_omnialpha_bar_to_order_latency_{suffix}", StringComparison.Ordinal) && l.Contains("_count", StringComparison.Ordinal) && l.EndsWith(" 1", StringComparison.Ordinal));
        Assert.DoesNotContain($"other_counter_{suffix}", text);
        Assert.Contains("http_requests_received_total", text);
    }

    [Fact]
    public async Task Needs_a_key_unless_configured_open()
    {
        await using (var keyed = await ApiServer.StartAsync())
            await (await keyed.Client().GetAsync("/metrics")).AssertProblemAsync(401);
        await using var open = await ApiServer.StartAsync(new Dictionary<string, string?> { ["Server:MetricsRequireKey"] = "false" });
        Assert.Equal(HttpStatusCode.OK, (await open.Client().GetAsync("/metrics")).StatusCode);
    }
}
