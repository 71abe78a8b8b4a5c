using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Persistence;
using OmniAlpha.Persistence.Audit;
using OmniAlpha.Persistence.Secrets;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Server.Persistence;
using OmniAlpha.Server.Ports;
using OmniAlpha.Server.Tests.Support;

namespace OmniAlpha.Server.Tests.Persistence;

/// <summary>
/// The API on the real LiteDB store (keys, audit log, encrypted secrets, journal queries) through the thin adapters:
/// what the API does survives a restart and lands in the one store file.
/// </summary>
public sealed class LiteDbAdaptersSpec : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "omnialpha-server-" + Guid.NewGuid().ToString("N"));

    private string StorePath => Path.Combine(_folder, "omnialpha.db");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private static Task<ApiServer> StartAsync(LiteDbStore store, SecretKey key, Action<IServiceCollection>? services = null) =>
        ApiServer.StartAsync(
            keys: new LiteDbApiKeyStore(store.ApiKeys),
            audit: new LiteDbAuditLog(store.Audit),
            secrets: new LiteDbSecretStoreAdmin(store.OpenSecrets(key)),
            services: s =>
            {
                s.AddSingleton<ITradingHistory>(new JournalTradingHistory(store.Queries));
                services?.Invoke(s);
            });

    [Fact]
    public async Task A_key_created_through_the_api_authenticates_after_a_restart_until_revoked()
    {
        using var key = SecretKey.Generate();
        string created, id;
        using (var store = LiteDbStore.Open(StorePath))
        await using (var server = await StartAsync(store, key))
        {
            var response = await server.Client(server.AdminKey).PostJsonAsync("/api/admin/keys", new { name = "ops-grafana", role = "viewer" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var body = await response.ReadJsonAsync();
            (created, id) = (body["key"].Text(), body["id"].Text());
        }
        Assert.DoesNotContain(created, Encoding.Latin1.GetString(File.ReadAllBytes(StorePath))); // hashed at rest

        using (var store = LiteDbStore.Open(StorePath))
        await using (var server = await StartAsync(store, key))
        {
            Assert.Equal(HttpStatusCode.OK, (await server.Client(created).GetAsync("/api/strategies")).StatusCode);
            await (await server.Client(created).PostAsync("/api/kill", null)).AssertProblemAsync(403);
            var listing = await (await server.Client(server.AdminKey).GetAsync("/api/admin/keys")).Content.ReadAsStringAsync();
            Assert.Contains("ops-grafana", listing);
            Assert.DoesNotContain(created, listing);
            Assert.Equal(HttpStatusCode.NoContent, (await server.Client(server.AdminKey).DeleteAsync($"/api/admin/keys/{id}")).StatusCode);
            await (await server.Client(created).GetAsync("/api/strategies")).AssertProblemAsync(401);
            await (await server.Client(server.AdminKey).DeleteAsync($"/api/admin/keys/{id}")).AssertProblemAsync(404);
        }
    }

    [Fact]
    public async Task Succeeded_and_refused_calls_are_in_the_stored_audit_log()
    {
        using var key = SecretKey.Generate();
        using var store = LiteDbStore.Open(StorePath);
        await using var server = await StartAsync(store, key);
        await server.Client(server.TraderKey).PostAsync("/api/strategies/sma-spy/pause", null);
        await server.Client(server.ViewerKey).PostAsync("/api/strategies/sma-spy/stop", null);
        await server.Client().PostAsync("/api/strategies/sma-spy/stop", null);

        var stored = store.Audit.Page(0, 10).Items.Reverse().ToList();
        Assert.Equal(
            [("trader-joe", "strategy.pause", AuditOutcome.Succeeded), ("viewer-bot", "strategy.stop", AuditOutcome.Denied), ("anonymous", "strategy.stop", AuditOutcome.Denied)],
            stored.Select(e => (e.Actor, e.Action, e.Outcome)));
        Assert.All(stored, e => Assert.Equal("sma-spy", e.Target));
        Assert.All(stored, e => Assert.Equal("127.0.0.1", e.RemoteAddress));
        Assert.All(stored, e => Assert.False(string.IsNullOrEmpty(e.RequestId)));

        var api = (await (await server.Client(server.AdminKey).GetAsync("/api/audit")).ReadJsonAsync()).AsArray();
        Assert.Equal([401, 403, 200], api.Select(e => (int)e!["status"]!));
        Assert.Equal(["refused", "refused", "succeeded"], api.Select(e => e!["outcome"].Text()));
        Assert.Equal("trader", api[2]!["role"].Text());
    }

    [Fact]
    public async Task Secrets_are_stored_encrypted_and_only_their_names_come_back()
    {
        using var key = SecretKey.Generate();
        using var store = LiteDbStore.Open(StorePath);
        var secrets = store.OpenSecrets(key);
        var redacted = new List<string>();
        await using var server = await ApiServer.StartAsync(keys: new LiteDbApiKeyStore(store.ApiKeys), audit: new LiteDbAuditLog(store.Audit),
            secrets: new LiteDbSecretStoreAdmin(secrets, redacted.Add));
        const string value = "broker-password-Zq81!x";
        var admin = server.Client(server.AdminKey);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutJsonAsync("/api/admin/secrets/alpaca.secret", new { value })).StatusCode);

        Assert.Equal(value, await secrets.GetSecretAsync("alpaca.secret", CancellationToken.None));
        Assert.Equal([value], redacted); // handed to the log redaction
        string names = await (await admin.GetAsync("/api/admin/secrets")).Content.ReadAsStringAsync();
        Assert.Equal("[\"alpaca.secret\"]", names);
        Assert.DoesNotContain(value, await (await admin.GetAsync("/api/audit")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/admin/secrets/alpaca.secret")).StatusCode);
        Assert.Null(await secrets.GetSecretAsync("alpaca.secret", CancellationToken.None));
    }

    [Fact]
    public async Task Orders_fills_and_equity_come_from_the_journal()
    {
        using var key = SecretKey.Generate();
        using var store = LiteDbStore.Open(StorePath);
        var t = Snapshots.T0;
        var filled = new Order(1, "sma-spy-1", "SPY", OrderSide.Buy, OrderType.Market, 10m, t) { Status = OrderStatus.Filled, FilledQuantity = 10m, FilledValue = 4001.00m, LastUpdateTime = t };
        var canceled = new Order(3, "sma-spy-3", "SPY", OrderSide.Sell, OrderType.Limit, 10m, t.AddMinutes(2)) { LimitPrice = 420m, Status = OrderStatus.Canceled, LastUpdateTime = t.AddMinutes(3) };
        var fill = new Fill(1, 1, "sma-spy-1", "SPY", t, OrderSide.Buy, 10m, 400.10m, 2.00m, 0m, Liquidity.Taker);
        store.Journal.Commit(new JournalBatch
        {
            Sequence = 1,
            DataTimeUtc = t.AddMinutes(3),
            WallTimeUtc = t.AddMinutes(3),
            Orders = [new OrderRecord("sma-spy", filled), new OrderRecord("sma-spy", canceled)],
            Fills = [new FillRecord("sma-spy", fill)],
            Checkpoints = Enumerable.Range(0, 5)
                .Select(i => new StrategyCheckpointRecord("sma-spy", t.AddMinutes(i), 95_997m, 100_000m + i, null)).ToList(),
        });
        await using var server = await StartAsync(store, key);
        var viewer = server.Client(server.ViewerKey);

        var orders = (await (await viewer.GetAsync("/api/orders?status=all&strategy=sma-spy")).ReadJsonAsync()).AsArray();
        Assert.Equal(["sma-spy-3", "sma-spy-1"], orders.Select(o => o!["clientOrderId"].Text()));
        Assert.Equal(400.10m, orders[1]!["averageFillPrice"].Decimal());
        var fills = (await (await viewer.GetAsync("/api/fills")).ReadJsonAsync()).AsArray();
        Assert.Equal(400.10m, Assert.Single(fills)!["price"].Decimal());
        var equity = (await (await viewer.GetAsync("/api/equity?strategy=sma-spy&points=3")).ReadJsonAsync()).AsArray();
        Assert.Equal([100_000m, 100_002m, 100_004m], equity[0]!["points"]!.AsArray().Select(p => p!["equity"].Decimal()));
    }
}
