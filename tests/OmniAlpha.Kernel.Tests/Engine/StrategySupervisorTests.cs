using System.Text;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Kernel.Results;
using OmniAlpha.Kernel.Tests.Strategies;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Tests.Engine;

/// <summary>
/// A failing strategy is stopped, not the run: the failure is recorded, the open-order policy is applied through the
/// router, and the time loop carries on to the end of the data with positions marked.
/// </summary>
public sealed class StrategySupervisorTests
{
    // The limit buy at 9.5 placed on day 0 can first fill on day 4 (open 13, low 9): after the failure on day 1.
    private static readonly BarSeries Dip = TestBars.FromCloses("ABC", 10m, 11m, 12m, 13m, 9m, 8m);

    private static ScriptedStrategy RestingLimitThenThrow() => new()
    {
        Bar = (s, bar) =>
        {
            if (s.BarIndex == 0) s.DoSubmit(new OrderRequest("ABC", OrderSide.Buy, 10m, OrderType.Limit) { LimitPrice = 9.5m });
            if (s.BarIndex == 1) throw new InvalidOperationException("boom");
        },
    };

    [Fact]
    public void A_failure_in_OnBar_mid_run_stops_the_strategy_and_the_run_completes_with_the_equity_curve_to_the_end()
    {
        var strategy = new ScriptedStrategy
        {
            Bar = (s, bar) =>
            {
                if (s.BarIndex == 0) s.DoBuy("ABC", 100m);
                if (s.BarIndex == 2) throw new InvalidOperationException("boom");
            },
        };

        var result = BacktestHarness.Run(strategy, Dip);

        var failure = Assert.IsType<StrategyFailure>(result.Failure);
        Assert.Equal("ScriptedStrategy", failure.Strategy);
        Assert.Equal("OnBar", failure.Callback);
        Assert.Equal(TestBars.Day0.AddDays(2), failure.Time);
        Assert.Equal("InvalidOperationException: boom", failure.Reason);
        Assert.Null(failure.Budget);
        Assert.Equal("strategy ScriptedStrategy failed in OnBar at 2024-01-04T21:00:00Z: InvalidOperationException: boom", failure.Describe());
        Assert.Equal(3, strategy.Seen.Count); // no OnBar after the failure
        Assert.Equal(6, result.BarsProcessed);
        Assert.Equal(6, result.EquityCurve.Count);
        // The position bought at day 1's open (10) is still held and marked at the last close (8).
        Assert.Equal(100_000m - 1_000m + 800m, result.EquityCurve[^1].Equity);
        Assert.Equal(100m, Assert.Single(result.Positions).Quantity);
    }

    [Fact]
    public void The_cancel_policy_cancels_working_orders_through_the_router_with_the_failure_as_reason()
    {
        var strategy = RestingLimitThenThrow();

        var result = BacktestHarness.Run(strategy, Dip);

        var failure = Assert.IsType<StrategyFailure>(result.Failure);
        Assert.Equal(StrategyFailurePolicy.Cancel, failure.Policy);
        Assert.Equal([1L], failure.CanceledOrderIds);
        Assert.Equal(OrderStatus.Canceled, Assert.Single(result.Orders).Status);
        Assert.Empty(result.Fills);
        var requested = Assert.Single(result.OrderEvents.OfType<OrderCancelRequested>());
        var canceled = Assert.Single(result.OrderEvents.OfType<OrderCanceled>());
        Assert.Equal(TestBars.Day0.AddDays(1), requested.Time);
        Assert.Equal(TestBars.Day0.AddDays(1), canceled.Time);
        Assert.Equal("strategy ScriptedStrategy was stopped after a failure in OnBar", canceled.Reason);
        // The stopped strategy hears nothing of it.
        Assert.DoesNotContain(strategy.Events, e => e is OrderCancelRequested or OrderCanceled);
        Assert.Equal(100_000m, result.EquityCurve[^1].Equity);
    }

    [Fact]
    public void The_leave_policy_lets_a_resting_limit_order_fill_after_the_stop_and_the_fill_updates_the_portfolio()
    {
        var strategy = RestingLimitThenThrow();

        var result = BacktestHarness.Run(strategy, [Dip], onFailure: StrategyFailurePolicy.Leave);

        var failure = Assert.IsType<StrategyFailure>(result.Failure);
        Assert.Equal(StrategyFailurePolicy.Leave, failure.Policy);
        Assert.Empty(failure.CanceledOrderIds);
        var fill = Assert.Single(result.Fills);
        Assert.Equal(TestBars.Day0.AddDays(4), fill.Time);
        Assert.Equal(9.5m, fill.Price);
        Assert.Equal(10m, Assert.Single(result.Positions).Quantity);
        Assert.Equal(100_000m - 95m + 80m, result.EquityCurve[^1].Equity);
        Assert.DoesNotContain(strategy.Events, e => e is OrderFilled);
    }

    [Fact]
    public void The_flatten_policy_cancels_working_orders_and_closes_positions_at_the_next_open()
    {
        var strategy = new ScriptedStrategy
        {
            Bar = (s, bar) =>
            {
                if (s.BarIndex == 0) s.DoBuy("ABC", 100m); // fills at day 1's open, 10
                if (s.BarIndex == 1) s.DoSubmit(new OrderRequest("ABC", OrderSide.Buy, 10m, OrderType.Limit) { LimitPrice = 1m });
                if (s.BarIndex == 2) throw new InvalidOperationException("boom");
            },
        };

        var result = BacktestHarness.Run(strategy, [Dip], onFailure: StrategyFailurePolicy.Flatten);

        var failure = Assert.IsType<StrategyFailure>(result.Failure);
        Assert.Equal([2L], failure.CanceledOrderIds);
        long closing = Assert.Single(failure.ClosingOrderIds);
        var close = result.Orders[(int)closing - 1];
        Assert.Equal((OrderSide.Sell, OrderType.Market, 100m, OrderStatus.Filled), (close.Side, close.Type, close.Quantity, close.Status));
        Assert.Equal("flatten: strategy ScriptedStrategy was stopped", close.Tag);
        var exit = result.Fills[^1];
        Assert.Equal((TestBars.Day0.AddDays(3), 12m), (exit.Time, exit.Price)); // day 3 opens at day 2's close
        Assert.Equal(0m, Assert.Single(result.Positions).Quantity);
        Assert.Equal(100_000m + 200m, result.EquityCurve[^1].Equity);
    }

    [Fact]
    public void An_exception_in_OnOrderEvent_stops_the_strategy_the_same_way()
    {
        var strategy = new ScriptedStrategy
        {
            Bar = (s, bar) => { if (s.BarIndex == 0) s.DoBuy("ABC", 1m); },
            OrderEventHandler = (s, e) => { if (e is OrderFilled) throw new InvalidOperationException("on fill"); },
        };

        var result = BacktestHarness.Run(strategy, Dip);

        var failure = Assert.IsType<StrategyFailure>(result.Failure);
        Assert.Equal(("OnOrderEvent", TestBars.Day0.AddDays(1)), (failure.Callback, failure.Time));
        Assert.Equal(0, strategy.BarIndex); // OnBar of day 1 never ran: events are delivered before the bars
        Assert.Equal(6, result.EquityCurve.Count);
    }

    [Fact]
    public void An_exception_in_a_scheduled_callback_stops_the_strategy_the_same_way()
    {
        ScriptedStrategy? self = null;
        var strategy = self = new ScriptedStrategy
        {
            Start = s => s.DoEveryBars(3, () => throw new InvalidOperationException($"scheduled at bar {self!.BarIndex}")),
        };

        var result = BacktestHarness.Run(strategy, Dip);

        var failure = Assert.IsType<StrategyFailure>(result.Failure);
        Assert.Equal(("scheduled callback", TestBars.Day0.AddDays(2), "scheduled at bar 2"), (failure.Callback, failure.Time, failure.Message));
        Assert.Equal(2, strategy.BarIndex);
        Assert.Equal(6, result.BarsProcessed);
    }

    [Fact]
    public void An_exception_in_OnStart_stops_the_strategy_before_the_first_bar_and_the_run_still_covers_the_data()
    {
        var strategy = new ScriptedStrategy { Start = s => throw new InvalidOperationException("bad start") };

        var result = BacktestHarness.Run(strategy, Dip);

        var failure = Assert.IsType<StrategyFailure>(result.Failure);
        Assert.Equal(("OnStart", default(DateTime)), (failure.Callback, failure.Time));
        Assert.Equal("strategy ScriptedStrategy failed in OnStart before the first bar: InvalidOperationException: bad start", failure.Describe());
        Assert.Empty(strategy.Seen);
        Assert.Equal(6, result.EquityCurve.Count);
    }

    [Fact]
    public void An_exception_in_OnEnd_is_recorded_after_a_complete_run()
    {
        var strategy = new ScriptedStrategy { End = s => throw new InvalidOperationException("bad end") };

        var result = BacktestHarness.Run(strategy, Dip);

        var failure = Assert.IsType<StrategyFailure>(result.Failure);
        Assert.Equal(("OnEnd", TestBars.Day0.AddDays(5)), (failure.Callback, failure.Time));
        Assert.Equal(6, strategy.Seen.Count);
    }

    [Fact]
    public void A_strategy_that_runs_to_the_end_has_no_failure_and_its_summary_says_stopped_null()
    {
        var result = BacktestHarness.Run(new ScriptedStrategy(), Dip);

        Assert.Null(result.Failure);
        Assert.Contains("\"stopped\": null", Encoding.UTF8.GetString(BacktestReportWriter.SummaryJson(result)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_of_a_stopped_run_says_when_where_why_and_what_was_canceled_and_is_byte_identical_across_runs()
    {
        byte[] first = BacktestReportWriter.SummaryJson(BacktestHarness.Run(RestingLimitThenThrow(), Dip));
        byte[] second = BacktestReportWriter.SummaryJson(BacktestHarness.Run(RestingLimitThenThrow(), Dip));

        Assert.Equal(first, second);
        string json = Encoding.UTF8.GetString(first);
        Assert.EndsWith("""
              "stopped": {
                "time": "2024-01-03T21:00:00Z",
                "callback": "OnBar",
                "reason": "InvalidOperationException: boom",
                "budget": null,
                "budget_limit": null,
                "budget_used": null,
                "open_order_policy": "cancel",
                "canceled_orders": [
                  1
                ],
                "closing_orders": []
              }
            }

            """, json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
