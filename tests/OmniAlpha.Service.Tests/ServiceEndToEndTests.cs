using System.Net;
using System.Text.Json;
using OmniAlpha.Service.Tests.Support;

namespace OmniAlpha.Service.Tests;

/// <summary>
/// The real <c>omnialpha serve</c> process: health without a key, 401 on the API without a key, strategies listed with
/// one, a stop through the API, a graceful SIGTERM (exit 0), and a restart on the same data folder that recovers the
/// stopped state from the journal.
/// </summary>
public sealed class ServiceEndToEndTests : IDisposable
{
    private static readonly TimeSpan Ready = TimeSpan.FromSeconds(60);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Serves_the_api_stops_a_strategy_and_recovers_the_stop_after_a_restart()
    {
        string config = _folder.Write("appsettings.json", ServiceConfig.Json(symbolCount: 3, barCount: 400, speed: 86_400 * 20, stopAtEnd: false,
            compileCacheDir: null, [("sma", "SmaCross.cs", ["ALFA", "BRVO"], null), ("rsi", "RsiReversion.js", ["CHRL"], null)],
            checkpointInterval: "00:00:01"));
        string data = _folder.File("data");

        await using (var service = ServiceProcess.Start(config, data))
        {
            await service.WaitReadyAsync(Ready);
            using var health = await service.Http.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal("alive", JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());

            using var anonymous = await service.Http.GetAsync("/api/strategies");
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

            using var admin = service.AdminClient();
            var listed = await Strategies(admin);
            Assert.Equal(["sma", "rsi"], listed.Keys);
            Assert.All(listed.Values, status => Assert.Equal("Running", status));

            using var stop = await admin.PostAsync("/api/strategies/sma/stop", null);
            Assert.True(stop.IsSuccessStatusCode, await stop.Content.ReadAsStringAsync());
            Assert.Equal("Stopped", (await Strategies(admin))["sma"]);

            service.Terminate();
            Assert.Equal(0, await service.WaitForExitAsync(TimeSpan.FromSeconds(30)));
            Assert.DoesNotContain(ServiceProcess.AdminKey, service.Output, StringComparison.Ordinal);
        }

        await using (var restarted = ServiceProcess.Start(config, data))
        {
            await restarted.WaitReadyAsync(Ready);
            using var admin = restarted.AdminClient();
            var recovered = await Strategies(admin);
            Assert.Equal("Stopped", recovered["sma"]);
            Assert.Equal("Running", recovered["rsi"]);
            restarted.Terminate();
            Assert.Equal(0, await restarted.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        }

        string logs = string.Concat(Directory.GetFiles(Path.Combine(data, "logs"), "omnialpha-*.log").Select(File.ReadAllText));
        Assert.DoesNotContain(ServiceProcess.AdminKey, logs, StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, string>> Strategies(HttpClient client)
    {
        using var response = await client.GetAsync("/api/strategies");
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("status").GetString()!);
    }
}
