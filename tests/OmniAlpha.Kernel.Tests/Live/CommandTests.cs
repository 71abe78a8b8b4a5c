using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>Commands take effect at a time-step boundary, are journaled, and leave positions and orders as documented.</summary>
public class CommandTests
{
    [Fact]
    public async Task Stop_cancels_the_open_orders_and_ends_callbacks_and_start_resumes_them_with_positions_kept()
    {
        await using var host = new ProbeHost();
        await host.Start();
        await host.Deploy("p");
        await host.Step();
        host.Probe.Next(p => { p.BuyNow("AAA", 10); p.BuyLimit("AAA", 5, 50m); });
        await host.Step();
        await host.Step(); // the market order fills at this bar's open
        Assert.Equal(10m, Assert.Single(host.Strategy("p").Positions).Quantity);
        Assert.Single(host.Strategy("p").OpenOrders);

        var stopped = await host.Engine.Do(LiveTestKit.Command(TradingCommandKind.Stop, "p"));
        Assert.True(stopped.Succeeded, stopped.Error);
        Assert.Equal(StrategyStatus.Stopped, host.Strategy("p").Status);
        Assert.Empty(host.Strategy("p").OpenOrders);
        int bars = host.Probe.Bars;
        await host.Step();
        Assert.Equal(bars, host.Probe.Bars);
        Assert.False((await host.Engine.Do(LiveTestKit.Command(TradingCommandKind.Stop, "p"))).Succeeded);

        Assert.True((await host.Engine.Do(LiveTestKit.Command(TradingCommandKind.Start, "p"))).Succeeded);
        await host.Step();
        Assert.Equal(bars + 1, host.Probe.Bars);
        Assert.Equal(10m, Assert.Single(host.Strategy("p").Positions).Quantity);
        var lifecycle = host.Journal.Load().Lifecycle.Select(l => l.Action).ToList();
        Assert.Equal([LifecycleAction.Deploy, LifecycleAction.Stop, LifecycleAction.Start], lifecycle);
    }

    [Fact]
    public async Task Pause_keeps_working_orders_working_and_fills_counting_and_resume_delivers_the_pending_events()
    {
        await using var host = new ProbeHost();
        await host.Start();
        await host.Deploy("p");
        await host.Step();
        host.Probe.Next(p => p.BuyNow("AAA", 10));
        await host.Step();
        Assert.True((await host.Engine.Do(LiveTestKit.Command(TradingCommandKind.Pause, "p"))).Succeeded);
        int bars = host.Probe.Bars;
        int events = host.Probe.Events.Count;
        await host.Step(); // fills while paused
        Assert.Equal(bars, host.Probe.Bars);
        Assert.Equal(events, host.Probe.Events.Count);
        Assert.Equal(StrategyStatus.Paused, host.Strategy("p").Status);
        Assert.Equal(10m, Assert.Single(host.Strategy("p").Positions).Quantity);

        Assert.True((await host.Engine.Do(LiveTestKit.Command(TradingCommandKind.Resume, "p"))).Succeeded);
        Assert.Contains(host.Probe.Events, e => e is OrderFilled);
        Assert.False((await host.Engine.Do(LiveTestKit.Command(TradingCommandKind.Resume, "p"))).Succeeded);
    }

    [Fact]
    public async Task Reload_swaps_the_script_keeping_positions_and_orders_and_a_broken_version_keeps_the_old_one()
    {
        await using var host = new ProbeHost();
        await host.Start();
        await host.Deploy("p");
        await host.Step();
        host.Probe.Next(p => { p.BuyNow("AAA", 10); p.BuyLimit("AAA", 5, 50m); });
        await host.Step();
        await host.Step();
        var old = host.Probe;

        var upload = await host.Engine.Do(new TradingCommand(TradingCommandKind.Upload, "p", "tester") { Script = ProbeHost.Script("Probe2.cs", symbols: "") with { Symbols = [] } });
        Assert.True(upload.Succeeded, upload.Error);
        Assert.NotSame(old, host.Probe);
        var snapshot = host.Strategy("p");
        Assert.Equal(2, snapshot.ScriptVersion);
        Assert.Equal("Probe2.cs", snapshot.FileName);
        Assert.Equal(10m, Assert.Single(snapshot.Positions).Quantity);
        Assert.Single(snapshot.OpenOrders);
        await host.Step();
        Assert.Equal(1, host.Probe.Bars);

        var broken = await host.Engine.Do(new TradingCommand(TradingCommandKind.Upload, "p", "tester") { Script = ProbeHost.Script("Broken.cs") with { Symbols = [] } });
        Assert.False(broken.Succeeded);
        Assert.Equal(CommandErrorKind.Invalid, broken.ErrorKind);
        Assert.Contains("Broken.cs(1,1)", broken.Error);
        Assert.Equal(2, host.Strategy("p").ScriptVersion);
        Assert.Equal(2, host.Journal.Load().ScriptVersions.Count);
    }

    [Fact]
    public async Task Reducing_accepts_only_orders_that_reduce_the_position_and_halted_rejects_every_new_order_but_allows_cancels()
    {
        await using var host = new ProbeHost();
        await host.Start();
        await host.Deploy("p");
        await host.Step();
        host.Probe.Next(p => { p.BuyNow("AAA", 10); p.BuyLimit("AAA", 1, 50m); });
        await host.Step();
        await host.Step();
        Assert.True((await host.Engine.Do(new TradingCommand(TradingCommandKind.SetTradingState, "p", "tester") { State = TradingState.Reducing })).Succeeded);
        Assert.Equal(TradingState.Reducing, host.Strategy("p").TradingState);

        var tickets = new List<OrderTicket>();
        host.Probe.Next(p =>
        {
            tickets.Add(p.BuyNow("AAA", 1));   // adds to the long: refused
            tickets.Add(p.SellNow("AAA", 11)); // more than the position: refused
            tickets.Add(p.SellNow("AAA", 6));  // reduces: accepted
            tickets.Add(p.SellNow("AAA", 5));  // 6 already reducing, 4 left: refused
            tickets.Add(p.SellNow("AAA", 4));  // exactly what is left: accepted
        });
        await host.Step();
        var rejected = host.Probe.Events.OfType<OrderRejected>().ToList();
        Assert.Equal(3, rejected.Count);
        Assert.All(rejected, r => Assert.Equal(RejectReason.ReduceOnly, r.Code));
        Assert.All(rejected, r => Assert.Contains("REDUCING", r.Reason));
        Assert.Equal([OrderStatus.Rejected, OrderStatus.Rejected, OrderStatus.Accepted, OrderStatus.Rejected, OrderStatus.Accepted],
            tickets.Select(t => host.Journal.Load().Orders.Single(o => o.Order.ClientOrderId == t.Order.ClientOrderId).Order.Status is var s && s == OrderStatus.Submitted ? OrderStatus.Accepted : s));

        Assert.True((await host.Engine.Do(new TradingCommand(TradingCommandKind.SetTradingState, null, "tester") { State = TradingState.Halted })).Succeeded);
        Assert.Equal(TradingState.Halted, host.Strategy("p").TradingState); // the host's state is stricter
        host.Probe.Next(p => tickets.Add(p.SellNow("AAA", 1)));
        host.Probe.Next(p => p.Tickets[1].Cancel()); // the resting limit order
        await host.Step();
        var halted = host.Probe.Events.OfType<OrderRejected>().Last();
        Assert.Equal(RejectReason.TradingHalted, halted.Code);
        Assert.Contains("HALTED", halted.Reason);
        await host.Step();
        Assert.Contains(host.Probe.Events, e => e is OrderCanceled c && c.Order.OrderId == host.Probe.Tickets[1].OrderId);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Kill_cancels_every_order_optionally_flattens_and_halts(bool flatten)
    {
        await using var host = new ProbeHost();
        await host.Start();
        await host.Deploy("p");
        await host.Deploy("q");
        await host.Step();
        foreach (var probe in host.Probes) probe.Next(p => { p.BuyNow("AAA", 10); p.BuyLimit("AAA", 1, 50m); });
        await host.Step();
        await host.Step();

        var kill = await host.Engine.Do(new TradingCommand(TradingCommandKind.Kill, null, "tester") { Flatten = flatten });
        Assert.True(kill.Succeeded, kill.Error);
        Assert.Equal(TradingState.Halted, host.Engine.Current.TradingState);
        Assert.All(host.Engine.Current.Strategies, s => Assert.DoesNotContain(s.OpenOrders, o => o.Type == OrderType.Limit));
        await host.Step();
        foreach (var s in host.Engine.Current.Strategies)
        {
            Assert.Equal(TradingState.Halted, s.TradingState);
            Assert.Empty(s.OpenOrders);
            Assert.Equal(flatten ? 0m : 10m, s.Positions.Sum(p => p.Quantity));
        }
        Assert.Contains(host.Journal.Load().Lifecycle, l => l.Action == LifecycleAction.Kill && l.StrategyId is null && l.Argument == (flatten ? "flatten" : null));
    }

    [Fact]
    public async Task A_deploy_of_a_script_that_does_not_compile_is_invalid_and_leaves_nothing_behind()
    {
        await using var host = new ProbeHost();
        await host.Start();
        var result = await host.Engine.Do(LiveTestKit.Deploy("bad", ProbeHost.Script("Broken.cs")));
        Assert.False(result.Succeeded);
        Assert.Equal(CommandErrorKind.Invalid, result.ErrorKind);
        Assert.Contains("Broken.cs(1,1): error", result.Error);
        Assert.Empty(host.Engine.Current.Strategies);
        Assert.Empty(host.Journal.Load().ScriptVersions);
        Assert.Equal(CommandErrorKind.NotFound, (await host.Engine.Do(LiveTestKit.Command(TradingCommandKind.Pause, "nobody"))).ErrorKind);
        Assert.Equal(CommandErrorKind.Invalid, (await host.Engine.Do(LiveTestKit.Deploy("x", ProbeHost.Script(symbols: "ZZZ")))).ErrorKind);
    }
}
