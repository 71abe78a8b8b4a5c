using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Server.Ports;
using OmniAlpha.Server.Tests.Support;

namespace OmniAlpha.Server.Tests.Api;

/// <summary>Orders, fills, positions, accounts, equity curves and the log tail.</summary>
public sealed class ReadEndpointsSpec
{
    [Fact]
    public async Task Open_orders_come_from_the_live_snapshot()
    {
        await using var server = await ApiServer.StartAsync();
        var orders = (await (await server.Client(server.ViewerKey).GetAsync("/api/orders")).ReadJsonAsync()).AsArray();
        var order = Assert.Single(orders)!;
        Assert.Equal("sma-spy", order["strategyId"].Text());
        Assert.Equal("Accepted", order["status"].Text());
        Assert.Equal(5m, order["quantity"].Decimal());
    }

    [Fact]
    public async Task All_orders_come_from_the_history_port_newest_first_and_limited()
    {
        var history = new RecordedHistory();
        await using var server = await ApiServer.StartAsync(services: s => s.AddSingleton<ITradingHistory>(history));
        var orders = (await (await server.Client(server.ViewerKey).GetAsync("/api/orders?status=all&strategy=sma-spy&limit=2")).ReadJsonAsync()).AsArray();
        Assert.Equal([12L, 11L], orders.Select(o => (long)o!["orderId"]!));
        Assert.Equal(("sma-spy", 2), history.LastOrdersQuery);
    }

    [Fact]
    public async Task Bad_query_parameters_are_400_naming_them()
    {
        await using var server = await ApiServer.StartAsync();
        var viewer = server.Client(server.ViewerKey);
        var problem = await (await viewer.GetAsync("/api/orders?status=closed&limit=0")).AssertProblemAsync(400);
        Assert.NotNull(problem["errors"]!["status"]);
        Assert.NotNull(problem["errors"]!["limit"]);
        Assert.NotNull((await (await viewer.GetAsync("/api/equity?points=1")).AssertProblemAsync(400))["errors"]!["points"]);
        Assert.NotNull((await (await viewer.GetAsync("/api/logs?lines=100000")).AssertProblemAsync(400))["errors"]!["lines"]);
        await (await viewer.GetAsync("/api/fills?strategy=ghost")).AssertProblemAsync(404);
    }

    [Fact]
    public async Task Fills_default_to_what_the_snapshot_holds()
    {
        await using var server = await ApiServer.StartAsync();
        var fill = Assert.Single((await (await server.Client(server.ViewerKey).GetAsync("/api/fills")).ReadJsonAsync()).AsArray())!;
        Assert.Equal(400.10m, fill["price"].Decimal());
        Assert.Equal(2.00m, fill["commission"].Decimal());
        Assert.Equal("Buy", fill["side"].Text());
    }

    [Fact]
    public async Task Positions_list_every_strategy_or_one()
    {
        await using var server = await ApiServer.StartAsync();
        var viewer = server.Client(server.ViewerKey);
        var all = (await (await viewer.GetAsync("/api/positions")).ReadJsonAsync()).AsArray();
        Assert.Equal(("sma-spy", "SPY", 10m), (all[0]!["strategyId"].Text(), all[0]!["symbol"].Text(), all[0]!["quantity"].Decimal()));
        Assert.Empty((await (await viewer.GetAsync("/api/positions?strategy=rsi-qqq")).ReadJsonAsync()).AsArray());
    }

    [Fact]
    public async Task Account_lines_hold_cash_plus_positions_equals_equity_and_totals_add_up()
    {
        await using var server = await ApiServer.StartAsync();
        var account = await (await server.Client(server.ViewerKey).GetAsync("/api/account")).ReadJsonAsync();
        var lines = account["strategies"]!.AsArray();
        Assert.Equal(2, lines.Count);
        foreach (var line in lines)
            Assert.Equal(line!["equity"].Decimal(), line["cash"].Decimal() + line["positionsValue"].Decimal());
        var totals = account["totals"]!;
        Assert.Equal(100_099.50m + 50_000.25m, totals["equity"].Decimal());
        Assert.Equal(95_997.00m + 50_000.25m, totals["cash"].Decimal());
        Assert.Equal(4_102.50m, totals["positionsValue"].Decimal());
        Assert.Equal(0.25m, totals["realizedPnl"].Decimal());
        Assert.Equal(101.50m, totals["unrealizedPnl"].Decimal());
        Assert.Equal(7, (long)account["snapshotVersion"]!);
    }

    [Fact]
    public async Task Equity_curves_are_thinned_keeping_first_and_last()
    {
        await using var server = await ApiServer.StartAsync();
        var series = (await (await server.Client(server.ViewerKey).GetAsync("/api/equity?strategy=sma-spy&points=4")).ReadJsonAsync()).AsArray();
        var points = Assert.Single(series)!["points"]!.AsArray();
        // 10 samples (100 000 + i x 11.17 at minute i) thinned to 4: indices 0, 3, 6, 9.
        Assert.Equal([100_000m, 100_033.51m, 100_067.02m, 100_100.53m], points.Select(p => p!["equity"].Decimal()));
        Assert.Equal("2024-03-01T14:39:00Z", points[3]!["timeUtc"].Text());
        var all = (await (await server.Client(server.ViewerKey).GetAsync("/api/equity")).ReadJsonAsync()).AsArray();
        Assert.Equal(["sma-spy", "rsi-qqq"], all.Select(s => s!["strategyId"].Text()));
    }

    [Fact]
    public async Task Log_tail_returns_the_last_lines_redacted()
    {
        await using var server = await ApiServer.StartAsync();
        var logger = server.Services.GetRequiredService<ILoggerFactory>().CreateLogger("OmniAlpha.Test");
        logger.LogWarning("broker login with {Password}", ApiServer.SecretInLogs);
        logger.LogInformation("last line");
        var response = await server.Client(server.ViewerKey).GetAsync("/api/logs?lines=2");
        string text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(ApiServer.SecretInLogs, text);
        var lines = JsonNode.Parse(text)!.AsArray();
        Assert.Equal(["broker login with ***", "last line"], lines.Select(l => l!["message"].Text()));
        Assert.Equal("Warning", lines[0]!["level"].Text());
    }

    /// <summary>Test double of the history port with a fixed record of sma-spy's orders 10, 11, 12.</summary>
    private sealed class RecordedHistory : ITradingHistory
    {
        public (string? Strategy, int Limit) LastOrdersQuery { get; private set; }

        public IReadOnlyList<OrderRecord> Orders(string? strategyId, int limit)
        {
            LastOrdersQuery = (strategyId, limit);
            return Enumerable.Range(10, 3).Reverse()
                .Select(i => new OrderRecord("sma-spy", new Order(i, $"sma-spy-{i}", "SPY", OrderSide.Sell, OrderType.Market, 1m, Snapshots.T0)
                    { Status = OrderStatus.Filled }))
                .Take(limit).ToList();
        }

        public IReadOnlyList<FillRecord> Fills(string? strategyId, int limit) => [];

        public IReadOnlyList<EquitySample> Equity(string strategyId, int maxPoints) => [];
    }
}
