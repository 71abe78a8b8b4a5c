using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>A strategy that throws is stopped (Failed, HALTED, its orders canceled); the others keep trading.</summary>
public class FailureContainmentTests
{
    [Fact]
    public async Task One_throwing_strategy_fails_and_halts_while_the_others_keep_trading_and_a_restart_reproduces_it()
    {
        var host = new ProbeHost();
        host.Factory.Add("Thrower.cs", _ =>
        {
            var probe = new ProbeStrategy { ThrowOnBar = 3 };
            probe.Plan[1] = p => p.BuyLimit("AAA", 5, 50m);
            host.Probes.Add(probe);
            return probe;
        });
        host.Factory.Add("Steady.cs", _ =>
        {
            var probe = new ProbeStrategy();
            probe.Plan[4] = p => p.BuyNow("AAA", 10);
            host.Probes.Add(probe);
            return probe;
        });
        await host.Start();
        Assert.True((await host.Engine.Do(LiveTestKit.Deploy("thrower", ProbeHost.Script("Thrower.cs")))).Succeeded);
        Assert.True((await host.Engine.Do(LiveTestKit.Deploy("steady", ProbeHost.Script("Steady.cs")))).Succeeded);
        for (int i = 0; i < 6; i++) await host.Step(100m + i);

        var thrower = host.Strategy("thrower");
        Assert.Equal(StrategyStatus.Failed, thrower.Status);
        Assert.Equal(TradingState.Halted, thrower.TradingState);
        Assert.Contains("probe fails at bar 3", thrower.Failure);
        Assert.Empty(thrower.OpenOrders);
        var steady = host.Strategy("steady");
        Assert.Equal(StrategyStatus.Running, steady.Status);
        Assert.Equal(10m, Assert.Single(steady.Positions).Quantity);
        Assert.Equal(6, host.Probes[1].Bars);
        var journal = host.Journal.Load();
        Assert.Single(journal.Lifecycle, l => l.Action == LifecycleAction.Fail && l.StrategyId == "thrower");
        Assert.Contains(journal.Events, e => e.StrategyId == "thrower" && e.Event is OrderCanceled);
        await host.DisposeAsync();

        // A restart replays the failure from the data (it is not trusted from the journal) and journals nothing new.
        await using var restarted = new ProbeHost(host.Journal, host.Feed);
        restarted.Factory.Add("Thrower.cs", _ => new ProbeStrategy { ThrowOnBar = 3, Plan = { [1] = p => p.BuyLimit("AAA", 5, 50m) } })
            .Add("Steady.cs", _ => new ProbeStrategy { Plan = { [4] = p => p.BuyNow("AAA", 10) } });
        await restarted.Start();
        Assert.Equal(StrategyStatus.Failed, restarted.Strategy("thrower").Status);
        Assert.Equal(StrategyStatus.Running, restarted.Strategy("steady").Status);
        Assert.Equal(10m, Assert.Single(restarted.Strategy("steady").Positions).Quantity);
        Assert.Single(restarted.Journal.Load().Lifecycle, l => l.Action == LifecycleAction.Fail);
    }
}
