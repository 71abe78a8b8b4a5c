using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>The live engine runs the backtest's kernel: same strategy and data give the same orders, fills and equity.</summary>
public class LiveBacktestParityTests
{
    private static readonly Dictionary<string, string> Parameters = new() { ["fast"] = "3", ["slow"] = "8", ["quantity"] = "10" };

    [Fact]
    public async Task A_live_run_over_a_max_speed_replay_produces_exactly_the_backtests_orders_fills_and_equity()
    {
        var data = LiveTestKit.RandomWalk(250, 42, "AAA", "BBB");
        var backtest = BacktestHarness.Run(new SmaCross(), data, parameters: Parameters);
        Assert.True(backtest.Fills.Count >= 6, $"the data must make the strategy trade (fills: {backtest.Fills.Count})");

        var feed = new ReplayFeed(data, speed: 0);
        var journal = new InMemoryJournal();
        await using var engine = LiveTestKit.Engine(journal, feed, feed, data);
        await engine.StartAsync(CancellationToken.None);
        var deployed = await engine.Do(LiveTestKit.Deploy("SmaCross", LiveTestKit.Sma("AAA,BBB")));
        Assert.True(deployed.Succeeded, deployed.Error);
        await engine.WaitFor(LiveTestKit.LastTime(data));
        await engine.StopAsync(CancellationToken.None);

        var state = journal.Load();
        Assert.Equal(backtest.Fills, state.FillsOf("SmaCross"));
        var liveOrders = state.Orders.Where(o => o.StrategyId == "SmaCross").Select(o => o.Order).ToList();
        Assert.Equal(backtest.Orders.Select(Terms), liveOrders.Select(Terms));
        var snapshot = Assert.Single(engine.Current.Strategies);
        Assert.Equal(backtest.EquityCurve[^1].Equity, snapshot.Equity);
        Assert.Equal(backtest.FinalCash, snapshot.Cash);
        Assert.Equal(snapshot.Cash + snapshot.Positions.Sum(p => p.MarketValue), snapshot.Equity);
        Assert.Equal(backtest.Fills.Count, engine.Current.Stats.Fills);
    }

    private static string Terms(Sdk.Orders.Order o) =>
        FormattableString.Invariant($"{o.ClientOrderId} {o.Symbol} {o.Side} {o.Type} {o.Quantity} {o.CreatedTime:O} {o.Status} {o.FilledQuantity} {o.FilledValue}");
}
