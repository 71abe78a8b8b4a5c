using OmniAlpha.Kernel.Engine;
using OmniAlpha.Kernel.Tests.Strategies;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Sdk.Market.Consolidation;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Kernel.Tests.Engine;

/// <summary>Replacing a running strategy at a time-step boundary: what carries over, what restarts, and failures.</summary>
public sealed class StrategyHotSwapTests
{
    private static readonly decimal[] Closes = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];

    private static (OmniAlpha.Kernel.Results.BacktestResult Result, List<StrategyReplacementOutcome> Outcomes) Run(
        ScriptedStrategy first, Func<StrategyHotSwap, StrategyReplacement?> atBar4)
    {
        var hotSwap = new StrategyHotSwap();
        var outcomes = new List<StrategyReplacementOutcome>();
        var poster = new ScriptedStrategy
        {
            Start = first.Start,
            Bar = (s, bar) =>
            {
                first.Bar?.Invoke(s, bar);
                if (s.BarIndex == 4 && atBar4(hotSwap) is { } replacement)
                    hotSwap.Post(replacement with { Completed = outcomes.Add });
            },
        };
        var options = new BacktestOptions { Account = new AccountSettings(100_000m), HotSwap = hotSwap };
        var result = new BacktestEngine(options, new SimulatedExchange()).Run(poster, [TestBars.FromCloses("ALFA", Closes)]);
        return (result, outcomes);
    }

    [Fact]
    public void The_new_version_takes_over_at_the_next_time_step_with_the_kernel_state_unchanged()
    {
        bool? reloadSeenInStart = null;
        var next = new ScriptedStrategy
        {
            Start = s => reloadSeenInStart = s.Ctx.IsReload,
            Bar = (s, bar) => { if (s.BarIndex == 2) s.DoBuy("ALFA", 5); },
        };
        var first = new ScriptedStrategy
        {
            Bar = (s, bar) =>
            {
                if (s.BarIndex == 1) s.DoBuy("ALFA", 10);
                if (s.BarIndex == 2) s.DoSubmit(new OrderRequest("ALFA", OrderSide.Buy, 1, OrderType.Limit) { LimitPrice = 1m });
            },
        };

        var (result, outcomes) = Run(first, _ => new StrategyReplacement(next, "v1", "v2"));

        var outcome = Assert.Single(outcomes);
        Assert.True(outcome.Succeeded);
        Assert.Equal(TestBars.Day0.AddDays(4), outcome.AtUtc); // the boundary after the step it was posted in
        Assert.True(reloadSeenInStart);
        Assert.Equal(5, next.Seen.Count);                      // bars 5..9
        Assert.Equal(TestBars.Day0.AddDays(5), next.Seen[0].EndTime);
        // v1's order ids, fills and its still-open limit order are the kernel's; v2's order continues the sequence.
        Assert.Equal([1L, 2L, 3L], result.Orders.Select(o => o.OrderId));
        Assert.Equal(OrderStatus.Filled, result.Orders[0].Status);
        Assert.Equal(OrderStatus.Accepted, result.Orders[1].Status);
        Assert.Equal("ScriptedStrategy-3", result.Orders[2].ClientOrderId);
        Assert.Equal(15m, result.Positions.Single().Quantity);
    }

    [Fact]
    public void The_new_version_receives_its_order_events_and_OnEnd()
    {
        var next = new EndCountingStrategy();

        var (_, outcomes) = Run(new ScriptedStrategy { Bar = (s, _) => { if (s.BarIndex == 4) s.DoBuy("ALFA", 1); } },
            _ => new StrategyReplacement(next, "v1", "v2"));

        Assert.True(Assert.Single(outcomes).Succeeded);
        Assert.Equal(1, next.Ends);
        // v1 submitted at bar 4; the fill at bar 5's open is reported to v2.
        Assert.Contains(next.Events, e => e is OrderFilled);
    }

    [Fact]
    public void Schedules_of_the_old_version_are_cleared_and_the_new_version_registers_its_own()
    {
        int oldTicks = 0, newTicks = 0;
        var first = new ScriptedStrategy { Start = s => s.DoEveryBars(1, () => oldTicks++) };
        var next = new ScriptedStrategy { Start = s => s.DoEveryBars(2, () => newTicks++) };

        Run(first, _ => new StrategyReplacement(next, "v1", "v2"));

        Assert.Equal(5, oldTicks);   // steps 1..5 (bars 0..4)
        Assert.Equal(3, newTicks);   // every 2nd step, counted from the run's start (steps 6, 8, 10), not from the reload
    }

    [Fact]
    public void Consolidators_of_the_old_version_are_removed_and_the_new_version_subscribes_its_own()
    {
        int oldBars = 0, newBars = 0;
        var first = new ScriptedStrategy { Start = s => s.DoConsolidate("ALFA", ConsolidationPeriod.Daily, _ => oldBars++) };
        var next = new ScriptedStrategy { Start = s => s.DoConsolidate("ALFA", ConsolidationPeriod.Daily, _ => newBars++) };

        Run(first, _ => new StrategyReplacement(next, "v1", "v2"));

        Assert.Equal(5, oldBars);   // the daily bars of steps 1..5 (bars 0..4), then the old handler is never called again
        Assert.Equal(5, newBars);   // steps 6..10
    }

    [Fact]
    public void A_reload_does_not_repeat_the_warm_up()
    {
        OrderTicket? ticket = null;
        var next = new ScriptedStrategy
        {
            Start = s => s.DoWarmUp(100),
            Bar = (s, _) => { if (s.BarIndex == 0) ticket = s.DoBuy("ALFA", 1); },
        };

        Run(new ScriptedStrategy(), _ => new StrategyReplacement(next, "v1", "v2"));

        Assert.NotEqual(OrderStatus.Rejected, ticket!.Status);
    }

    [Fact]
    public void A_new_version_whose_OnStart_throws_is_rejected_and_the_old_one_keeps_running_with_its_schedules()
    {
        int oldTicks = 0;
        var first = new ScriptedStrategy { Start = s => s.DoEveryBars(1, () => oldTicks++) };
        var next = new ScriptedStrategy
        {
            Start = s =>
            {
                s.DoEveryBars(1, () => throw new InvalidOperationException("must never run"));
                throw new InvalidOperationException("bad start");
            },
        };

        var (result, outcomes) = Run(first, _ => new StrategyReplacement(next, "v1", "v2"));

        var outcome = Assert.Single(outcomes);
        Assert.Equal(StrategyReplacementStatus.Failed, outcome.Status);
        Assert.Equal("bad start", outcome.Error!.Message);
        Assert.Equal(10, oldTicks);
        Assert.Empty(next.Seen);
        Assert.Equal(10, result.BarsProcessed);
    }

    [Fact]
    public void A_failing_state_transfer_rejects_the_new_version_before_it_starts()
    {
        bool started = false;
        var next = new ScriptedStrategy { Start = _ => started = true };

        var (_, outcomes) = Run(new ScriptedStrategy(), _ => new StrategyReplacement(next, "v1", "v2")
        {
            TransferState = (_, _) => throw new FormatException("field changed type"),
        });

        Assert.Equal(StrategyReplacementStatus.Failed, Assert.Single(outcomes).Status);
        Assert.False(started);
    }

    [Fact]
    public void A_replacement_posted_before_the_pending_one_was_applied_supersedes_it()
    {
        var hotSwap = new StrategyHotSwap();
        var outcomes = new List<StrategyReplacementStatus>();
        var older = new ScriptedStrategy();
        var newer = new ScriptedStrategy();

        hotSwap.Post(new StrategyReplacement(older, "v1", "v2") { Completed = o => outcomes.Add(o.Status) });
        hotSwap.Post(new StrategyReplacement(newer, "v1", "v3") { Completed = o => outcomes.Add(o.Status) });
        new BacktestEngine(new BacktestOptions { HotSwap = hotSwap }, new SimulatedExchange())
            .Run(new ScriptedStrategy(), [TestBars.FromCloses("ALFA", Closes)]);

        Assert.Equal([StrategyReplacementStatus.Superseded, StrategyReplacementStatus.Applied], outcomes);
        Assert.Empty(older.Seen);
        Assert.Equal(10, newer.Seen.Count); // applied at the first boundary, before bar 0
        Assert.Equal(1, hotSwap.Applied);
    }

    [Fact]
    public void A_hot_swap_serves_one_run()
    {
        var hotSwap = new StrategyHotSwap();
        var options = new BacktestOptions { HotSwap = hotSwap };
        new BacktestEngine(options, new SimulatedExchange()).Run(new ScriptedStrategy(), [TestBars.FromCloses("ALFA", Closes)]);

        Assert.Throws<InvalidOperationException>(() =>
            new BacktestEngine(options, new SimulatedExchange()).Run(new ScriptedStrategy(), [TestBars.FromCloses("ALFA", Closes)]));
    }

    private sealed class EndCountingStrategy : OmniAlpha.Sdk.Strategies.Strategy
    {
        public int Ends { get; private set; }
        public List<OrderEvent> Events { get; } = [];
        public override void OnOrderEvent(OrderEvent orderEvent) => Events.Add(orderEvent);
        public override void OnEnd() => Ends++;
    }
}
