using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Persistence;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Server.Persistence;
using OmniAlpha.Server.Ports;
using OmniAlpha.Server.Tests.Support;

namespace OmniAlpha.Server.Tests.EndToEnd;

/// <summary>
/// The API in front of the real live engine (replay feed, paper venue, LiteDB journal): deploy, watch, steer. The
/// engine's own outcomes (conflicts, rejected scripts) come back as the documented statuses.
/// </summary>
public sealed class LiveEngineApiSpec : IDisposable
{
    private static readonly DateTime Start = new(2024, 1, 2, 21, 0, 0, DateTimeKind.Utc);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "omnialpha-server-e2e-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A deterministic daily series for AAA: 30 bars, open = 100 + i, close = open + 0.50.</summary>
    private static BarSeries Data()
    {
        var bars = Enumerable.Range(0, 30)
            .Select(i => new Bar("AAA", Start.AddDays(i), 100m + i, 101m + i, 99.5m + i, 100.5m + i, 50_000m)).ToArray();
        return new BarSeries(Instrument.UsEquity("AAA"), bars, TimeSpan.FromDays(1));
    }

    [Fact]
    public async Task Deploy_watch_and_steer_a_strategy_through_the_api()
    {
        var data = Data();
        var feed = new ReplayFeed([data], speed: 0);
        using var store = LiteDbStore.Open(Path.Combine(_folder, "omnialpha.db"));
        await using var engine = new LiveEngine(new LiveEngineOptions { SnapshotInterval = TimeSpan.FromMilliseconds(20) },
            store.Journal, new PrecompiledStrategyFactory(), feed, feed, [data.Instrument], _ => new SimulatedExchange());
        await engine.StartAsync(CancellationToken.None);
        await using var server = await ApiServer.StartAsync(services: s =>
        {
            s.AddSingleton<ITradingHost>(engine);
            s.AddSingleton<ITradingHistory>(new JournalTradingHistory(store.Queries));
        });
        var trader = server.Client(server.TraderKey);

        var refused = await trader.PostJsonAsync("/api/strategies", new
        {
            id = "broken", fileName = "Broken.cs", source = "class {", symbols = new[] { "AAA" }, startingCash = 10_000m,
        });
        Assert.Contains("Broken.cs(3,17)", (await refused.AssertProblemAsync(422))["detail"].Text());

        var deployed = await trader.PostJsonAsync("/api/strategies", new
        {
            id = "buy-once", fileName = "BuyOnce.cs", source = "// precompiled", symbols = new[] { "AAA" }, startingCash = 10_000m,
        });
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            await engine.WaitForDataTimeAsync(data[data.Count - 1].EndTime, timeout.Token);
        await WaitUntilAsync(async () => (long)(await (await trader.GetAsync("/api/account")).ReadJsonAsync())["snapshotVersion"]! >= engine.Current.Version);

        // One market buy of 10 filled at the next bar's open; cash + positions = equity in the API's account view.
        var fill = Assert.Single((await (await trader.GetAsync("/api/fills?strategy=buy-once")).ReadJsonAsync()).AsArray())!;
        decimal price = fill["price"].Decimal();
        Assert.Equal(10m, fill["quantity"].Decimal());
        var line = (await (await trader.GetAsync("/api/account")).ReadJsonAsync())["strategies"]![0]!;
        Assert.Equal(10_000m - 10m * price - fill["commission"].Decimal(), line["cash"].Decimal());
        Assert.Equal(line["equity"].Decimal(), line["cash"].Decimal() + line["positionsValue"].Decimal());
        var orders = (await (await trader.GetAsync("/api/orders?status=all")).ReadJsonAsync()).AsArray();
        Assert.Equal("Filled", Assert.Single(orders)!["status"].Text());

        // The engine's own refusal (resume a running strategy) is a 409; pause then resume work.
        await (await trader.PostAsync("/api/strategies/buy-once/resume", null)).AssertProblemAsync(409);
        Assert.Equal(HttpStatusCode.OK, (await trader.PostAsync("/api/strategies/buy-once/pause", null)).StatusCode);
        await WaitUntilAsync(async () =>
            (await (await trader.GetAsync("/api/strategies/buy-once")).ReadJsonAsync())["status"].Text() == "Paused");
        Assert.Equal(HttpStatusCode.OK, (await trader.PostAsync("/api/strategies/buy-once/resume", null)).StatusCode);
        await (await trader.PostAsync("/api/strategies/nobody/pause", null)).AssertProblemAsync(404);

        // The engine meter reaches /metrics.
        string metrics = await (await trader.GetAsync("/metrics")).Content.ReadAsStringAsync();
        Assert.Contains(metrics.Split('\n'), l => l.StartsWith("omnialpha_engine_fills", StringComparison.Ordinal) && !l.EndsWith(" 0", StringComparison.Ordinal));

        await engine.StopAsync(CancellationToken.None);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 15 s");
            await Task.Delay(25);
        }
    }
}
