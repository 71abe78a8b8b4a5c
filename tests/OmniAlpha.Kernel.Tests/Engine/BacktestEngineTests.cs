using OmniAlpha.Kernel.Engine;
using OmniAlpha.Kernel.Tests.Strategies;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Kernel.Tests.Engine;

public class BacktestEngineTests
{
    private static readonly OmniAlpha.Sdk.Data.BarSeries Rising = TestBars.FromCloses("ABC", 10m, 11m, 12m, 13m, 14m, 15m);

    [Fact]
    public void A_market_order_decided_on_a_bar_fills_at_the_next_bars_open()
    {
        var strategy = new ScriptedStrategy { Bar = (s, bar) => { if (s.BarIndex == 1) s.DoBuy("ABC", 10m); } };
        var result = BacktestHarness.Run(strategy, Rising);
        var fill = Assert.Single(result.Fills);
        Assert.Equal(TestBars.Day0.AddDays(2), fill.Time);
        Assert.Equal(11m, fill.Price); // bar 2 opens at bar 1's close
        Assert.Equal(10m, result.Positions[0].Quantity);
        Assert.Equal(100_000m - 110m + 10m * 15m, result.Statistics.FinalEquity);
    }

    [Fact]
    public void Order_events_arrive_in_lifecycle_order_before_the_bar_they_happened_on()
    {
        var strategy = new ScriptedStrategy { Bar = (s, bar) => { if (s.BarIndex == 0) s.DoBuy("ABC", 1m); } };
        BacktestHarness.Run(strategy, Rising);
        Assert.Equal(["Submitted", "Accepted", "Filled"], strategy.Events.Select(e => e.Kind));
        Assert.All(strategy.Events, e => Assert.Equal(OrderStatus.Filled, strategy.Ctx.GetOrder(e.OrderId)!.Status));
    }

    [Fact]
    public void History_never_contains_a_bar_from_the_future()
    {
        var strategy = new ScriptedStrategy
        {
            Bar = (s, bar) =>
            {
                var window = s.DoHistory("ABC", 100);
                Assert.Equal(s.BarIndex + 1, window.Count);
                Assert.Equal(bar.EndTime, window.Latest.EndTime);
                for (int i = 0; i < window.Count; i++) Assert.True(window[i].EndTime <= s.Ctx.UtcNow);
            },
        };
        BacktestHarness.Run(strategy, Rising);
        Assert.Equal(6, strategy.Seen.Count);
    }

    [Fact]
    public void A_strategy_that_tries_to_trade_on_a_known_gap_cannot_capture_it()
    {
        // Closes at 10, then the next bar gaps to open 20. Buying "at the close" is impossible: the fill is at 20.
        var gap = TestBars.Series("GAP",
            TestBars.Daily("GAP", 0, 10m, 10m, 10m, 10m),
            TestBars.Daily("GAP", 1, 20m, 20m, 20m, 20m),
            TestBars.Daily("GAP", 2, 20m, 20m, 20m, 20m));
        var strategy = new ScriptedStrategy { Bar = (s, bar) => { if (s.BarIndex == 0) s.DoBuy("GAP", 100m); } };
        var result = BacktestHarness.Run(strategy, gap);
        Assert.Equal(20m, Assert.Single(result.Fills).Price);
        Assert.Equal(0m, result.Statistics.NetProfit);
    }

    [Fact]
    public void Warm_up_delivers_bars_but_rejects_orders_and_records_no_equity()
    {
        var strategy = new ScriptedStrategy
        {
            Start = s => s.DoWarmUp(3),
            Bar = (s, bar) => s.DoBuy("ABC", 1m),
        };
        var result = BacktestHarness.Run(strategy, Rising);
        var rejected = result.OrderEvents.OfType<OrderRejected>().ToList();
        Assert.Equal(3, rejected.Count);
        Assert.All(rejected, r => Assert.Equal(RejectReason.WarmingUp, r.Code));
        Assert.Equal(3, result.EquityCurve.Count);
        Assert.Equal(6, strategy.Seen.Count);
    }

    [Fact]
    public void An_unaffordable_order_is_rejected_with_the_amounts_in_the_reason()
    {
        var strategy = new ScriptedStrategy { Bar = (s, bar) => { if (s.BarIndex == 0) s.DoBuy("ABC", 20_000m); } };
        var result = BacktestHarness.Run(strategy, [Rising], new AccountSettings(100_000m));
        var rejected = Assert.Single(result.OrderEvents.OfType<OrderRejected>());
        Assert.Equal(RejectReason.InsufficientBuyingPower, rejected.Code);
        Assert.Equal("order value 200000 (20000 x 10) exceeds available cash 100000", rejected.Reason);
        Assert.Empty(result.Fills);
    }

    [Fact]
    public void A_cash_account_cannot_sell_short_but_a_margin_account_can()
    {
        var seller = () => new ScriptedStrategy { Bar = (s, bar) => { if (s.BarIndex == 0) s.DoSell("ABC", 5m); } };
        var cash = BacktestHarness.Run(seller(), [Rising], new AccountSettings(1_000m));
        Assert.Equal(RejectReason.ShortSellingNotAllowed, Assert.Single(cash.OrderEvents.OfType<OrderRejected>()).Code);

        var margin = BacktestHarness.Run(seller(), [Rising], new AccountSettings(1_000m, AccountType.Margin, 2m));
        Assert.Equal(-5m, margin.Positions[0].Quantity);
        Assert.Equal(1_000m + 5m * 10m - 5m * 15m, margin.Statistics.FinalEquity);
    }

    [Fact]
    public void A_gap_that_makes_a_cash_buy_unaffordable_at_the_fill_reduces_it_and_says_why()
    {
        var gap = TestBars.Series("GAP",
            TestBars.Daily("GAP", 0, 10m, 10m, 10m, 10m),
            TestBars.Daily("GAP", 1, 12.5m, 12.5m, 12.5m, 12.5m));
        var strategy = new ScriptedStrategy { Bar = (s, bar) => { if (s.BarIndex == 0) s.DoBuy("GAP", 100m); } };
        var result = BacktestHarness.Run(strategy, [gap], new AccountSettings(1_000m));
        Assert.Equal(80m, Assert.Single(result.Fills).Quantity);
        var canceled = Assert.Single(result.OrderEvents.OfType<OrderCanceled>());
        Assert.Contains("insufficient cash at fill", canceled.Reason);
        Assert.True(result.FinalCash >= 0m);
    }

    [Fact]
    public void Reusing_a_client_order_id_is_idempotent_and_a_conflicting_reuse_is_rejected()
    {
        var ids = new List<long>();
        var strategy = new ScriptedStrategy
        {
            Bar = (s, bar) =>
            {
                if (s.BarIndex != 0) return;
                var request = new OrderRequest("ABC", OrderSide.Buy, 1m, OrderType.Market) { ClientOrderId = "mine-1" };
                ids.Add(s.DoSubmit(request).OrderId);
                ids.Add(s.DoSubmit(request).OrderId);
                ids.Add(s.DoSubmit(request with { Quantity = 2m }).OrderId);
            },
        };
        var result = BacktestHarness.Run(strategy, Rising);
        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(RejectReason.DuplicateClientOrderId, Assert.Single(result.OrderEvents.OfType<OrderRejected>()).Code);
        Assert.Single(result.Fills);
    }

    [Fact]
    public void Client_order_ids_are_deterministic_functions_of_strategy_and_sequence()
    {
        var strategy = new ScriptedStrategy { Bar = (s, bar) => s.DoBuy("ABC", 1m) };
        var result = BacktestHarness.Run(strategy, Rising);
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"ScriptedStrategy-{i}"), result.Orders.Select(o => o.ClientOrderId));
    }

    [Fact]
    public void Under_the_throw_policy_a_throwing_strategy_ends_the_run_with_its_name_callback_and_time()
    {
        var strategy = new ScriptedStrategy { Bar = (s, bar) => { if (s.BarIndex == 2) throw new InvalidOperationException("boom"); } };
        var e = Assert.Throws<StrategyRuntimeException>(() => BacktestHarness.Run(strategy, [Rising], onFailure: StrategyFailurePolicy.Throw));
        Assert.Equal("ScriptedStrategy", e.Strategy);
        Assert.Equal("OnBar", e.Callback);
        Assert.Equal(TestBars.Day0.AddDays(2), e.Time);
        Assert.Contains("boom", e.Message);
    }

    [Fact]
    public void Parameters_come_from_the_run_and_are_reported_with_their_resolved_values()
    {
        int fast = 0;
        var strategy = new ScriptedStrategy { Start = s => { fast = s.DoParam("fast", 10); s.DoParam("slow", 30); } };
        var result = BacktestHarness.Run(strategy, [Rising], parameters: new Dictionary<string, string> { ["fast"] = "7" });
        Assert.Equal(7, fast);
        Assert.Equal("7", result.Parameters["fast"]);
        Assert.Equal("30", result.Parameters["slow"]);
    }

    [Fact]
    public void A_malformed_parameter_names_itself()
    {
        var strategy = new ScriptedStrategy { Start = s => s.DoParam("fast", 10) };
        var failure = BacktestHarness.Run(strategy, [Rising], parameters: new Dictionary<string, string> { ["fast"] = "ten" }).Failure;
        Assert.NotNull(failure);
        Assert.Equal("OnStart", failure.Callback);
        Assert.True(failure.IsArgumentError);
        Assert.Contains("Parameter 'fast': 'ten' is not a valid Int32", failure.Message);
    }

    [Fact]
    public void Scheduled_callbacks_run_after_the_bars_of_their_step()
    {
        var calls = new List<int>();
        ScriptedStrategy? self = null;
        var strategy = self = new ScriptedStrategy { Start = s => s.DoEveryBars(2, () => calls.Add(self!.BarIndex)) };
        BacktestHarness.Run(strategy, Rising);
        Assert.Equal([1, 3, 5], calls);
    }

    [Fact]
    public void Set_holdings_sizes_from_equity_and_liquidate_flattens()
    {
        var strategy = new ScriptedStrategy
        {
            Bar = (s, bar) =>
            {
                if (s.BarIndex == 0) s.DoSetHoldings("ABC", 0.5m);
                if (s.BarIndex == 3) s.DoLiquidate("ABC");
            },
        };
        var result = BacktestHarness.Run(strategy, Rising);
        // 100,000 x 0.5 x (1 - 0.0025) / 10 = 4987.5 -> 4987 shares
        Assert.Equal(4987m, result.Fills[0].Quantity);
        Assert.Equal(4987m, result.Fills[1].Quantity);
        Assert.Equal(OrderSide.Sell, result.Fills[1].Side);
        Assert.True(result.Positions[0].Quantity == 0m);
        var trade = Assert.Single(result.Trades);
        Assert.Equal(4987m * (14m - 11m), trade.Pnl);
    }

    [Fact]
    public void An_amendment_is_held_to_the_same_buying_power_check_as_a_new_order()
    {
        bool bigAmend = true, smallAmend = false;
        var strategy = new ScriptedStrategy
        {
            Bar = (s, bar) =>
            {
                if (s.BarIndex != 0) return;
                var ticket = s.DoSubmit(new OrderRequest("ABC", OrderSide.Buy, 10m, OrderType.Limit) { LimitPrice = 5m });
                bigAmend = ticket.Amend(quantity: 10_000m);
                smallAmend = ticket.Amend(quantity: 20m);
            },
        };
        var result = BacktestHarness.Run(strategy, [Rising], new AccountSettings(1_000m));
        Assert.False(bigAmend);
        Assert.True(smallAmend);
        Assert.Equal(20m, result.Orders[0].Quantity);
    }

    [Fact]
    public void Only_one_order_of_a_one_cancels_other_group_fills_even_when_one_bar_reaches_both()
    {
        // Entry fills at 100 on bar 1; bar 2 trades from 90 to 110, through both the take-profit and the stop.
        var wide = TestBars.Series("OCO",
            TestBars.Daily("OCO", 0, 100m, 100m, 100m, 100m),
            TestBars.Daily("OCO", 1, 100m, 100m, 100m, 100m),
            TestBars.Daily("OCO", 2, 100m, 110m, 90m, 100m),
            TestBars.Daily("OCO", 3, 100m, 110m, 90m, 100m));
        var strategy = new ScriptedStrategy
        {
            Bar = (s, bar) =>
            {
                if (s.BarIndex == 0) s.DoBuy("OCO", 10m);
                if (s.BarIndex != 1) return;
                s.DoSubmit(new OrderRequest("OCO", OrderSide.Sell, 10m, OrderType.Limit) { LimitPrice = 105m, OcoGroup = "exit" });
                s.DoSubmit(new OrderRequest("OCO", OrderSide.Sell, 10m, OrderType.Stop) { StopPrice = 95m, OcoGroup = "exit" });
            },
        };
        var result = BacktestHarness.Run(strategy, [wide], new AccountSettings(10_000m, AccountType.Margin, 2m));
        Assert.Equal(2, result.Fills.Count);
        Assert.Equal(105m, result.Fills[1].Price); // the first-submitted leg wins the bar
        Assert.Equal(OrderStatus.Canceled, result.Orders[2].Status);
        Assert.Equal(0m, result.Positions[0].Quantity);
    }
}
