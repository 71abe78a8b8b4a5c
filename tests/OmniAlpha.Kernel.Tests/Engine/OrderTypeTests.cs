using OmniAlpha.Kernel.Results;
using OmniAlpha.Kernel.Tests.Strategies;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Kernel.Tests.Engine;

/// <summary>
/// End-to-end order semantics: orders placed from a strategy reach the simulated exchange and come back as
/// events, snapshots and fills per CONVENTIONS (the exchange's own unit tests cover the matching rules in depth;
/// these check the kernel's wiring).
/// </summary>
public class OrderTypeTests
{
    // Daily bars at the 16:00 New York close: every bar opens and closes its session.
    private static readonly BarSeries Xyz = TestBars.Series("XYZ",
        TestBars.Daily("XYZ", 0, 100m, 101m, 99m, 100m, 1_000m),
        TestBars.Daily("XYZ", 1, 100m, 104m, 98m, 103m, 1_000m),
        TestBars.Daily("XYZ", 2, 103m, 106m, 101m, 105m, 1_000m),
        TestBars.Daily("XYZ", 3, 105m, 105m, 95m, 96m, 1_000m),
        TestBars.Daily("XYZ", 4, 96m, 98m, 94m, 97m, 1_000m),
        TestBars.Daily("XYZ", 5, 97m, 99m, 96m, 98m, 1_000m));

    private static readonly AccountSettings Margin = new(100_000m, AccountType.Margin, 2m);

    private static OrderRequest Request(OrderSide side, decimal quantity, OrderType type) => new("XYZ", side, quantity, type);

    /// <summary>Submits <paramref name="request"/> on bar <paramref name="day"/> and runs to the end.</summary>
    private static (BacktestResult Result, ScriptedStrategy Strategy) RunOne(int day, OrderRequest request,
        AccountSettings? account = null, SimulatedExchangeOptions? exchange = null)
    {
        var strategy = new ScriptedStrategy { Bar = (s, bar) => { if (s.BarIndex == day) s.DoSubmit(request); } };
        return (BacktestHarness.Run(strategy, [Xyz], account ?? Margin, exchange), strategy);
    }

    [Fact]
    public void A_limit_buy_fills_at_its_limit_on_the_first_later_bar_that_trades_through_it()
    {
        var (result, strategy) = RunOne(0, Request(OrderSide.Buy, 10m, OrderType.Limit) with { LimitPrice = 99m });
        var fill = Assert.Single(result.Fills);
        Assert.Equal((TestBars.Day0.AddDays(1), 99m, Liquidity.Maker), (fill.Time, fill.Price, fill.Liquidity));
        Assert.Equal(["Submitted", "Accepted", "Filled"], strategy.Events.Select(e => e.Kind));
        var filled = Assert.IsType<OrderFilled>(strategy.Events[^1]);
        Assert.Equal(OrderStatus.Filled, filled.Order.Status);
        Assert.Equal(10m, filled.Order.FilledQuantity);
        Assert.Equal(99m, filled.Order.AverageFillPrice);
        Assert.Same(filled.Order, result.Orders[0]);
    }

    [Fact]
    public void A_stop_buy_waits_for_the_bar_whose_high_reaches_it()
    {
        var (result, _) = RunOne(0, Request(OrderSide.Buy, 10m, OrderType.Stop) with { StopPrice = 104.5m });
        var fill = Assert.Single(result.Fills);
        Assert.Equal((TestBars.Day0.AddDays(2), 104.5m, Liquidity.Taker), (fill.Time, fill.Price, fill.Liquidity));
    }

    [Fact]
    public void A_stop_sell_gapped_through_fills_at_the_open()
    {
        // Stop 99 decided on day 3 (close 96): day 4 opens at 96, below the stop, so the fill is at 96.
        var (result, _) = RunOne(2, Request(OrderSide.Sell, 10m, OrderType.Stop) with { StopPrice = 99m });
        Assert.Equal((TestBars.Day0.AddDays(3), 99m), (result.Fills[0].Time, result.Fills[0].Price));
        var (gapped, _) = RunOne(3, Request(OrderSide.Sell, 10m, OrderType.Stop) with { StopPrice = 99m });
        Assert.Equal((TestBars.Day0.AddDays(4), 96m), (gapped.Fills[0].Time, gapped.Fills[0].Price));
    }

    [Fact]
    public void A_stop_limit_fills_at_the_trigger_price_within_its_limit_and_otherwise_rests_at_the_limit()
    {
        // Sell stop 100, limit 97.5 on day 2: day 3 (open 105, low 95) trades the stop at 100, within the limit: taker at 100.
        var (result, _) = RunOne(2, Request(OrderSide.Sell, 10m, OrderType.StopLimit) with { StopPrice = 100m, LimitPrice = 97.5m });
        var fill = Assert.Single(result.Fills);
        Assert.Equal((TestBars.Day0.AddDays(3), 100m, Liquidity.Taker), (fill.Time, fill.Price, fill.Liquidity));

        // With a limit of 101 the trigger price 100 is not marketable: it rests at 101, reached within the bar (high 105).
        var (resting, _) = RunOne(2, Request(OrderSide.Sell, 10m, OrderType.StopLimit) with { StopPrice = 100m, LimitPrice = 101m });
        var rested = Assert.Single(resting.Fills);
        Assert.Equal((TestBars.Day0.AddDays(3), 101m, Liquidity.Maker), (rested.Time, rested.Price, rested.Liquidity));
    }

    [Fact]
    public void A_trailing_stop_starts_from_the_last_close_at_placement_even_after_bars_without_working_orders()
    {
        // A market buy on day 0 fills on day 1; days 2.. have no working orders until the trailing sell is placed on
        // day 2 (close 105). Its stop is 105 - 3 = 102, hit on day 3 (low 95, open 105): filled at 102.
        var strategy = new ScriptedStrategy
        {
            Bar = (s, bar) =>
            {
                if (s.BarIndex == 0) s.DoBuy("XYZ", 10m);
                if (s.BarIndex == 2) s.DoSubmit(Request(OrderSide.Sell, 10m, OrderType.TrailingStop) with { TrailingOffset = 3m });
            },
        };
        var result = BacktestHarness.Run(strategy, [Xyz], new AccountSettings(100_000m));
        Assert.Equal(2, result.Fills.Count);
        Assert.Equal((TestBars.Day0.AddDays(3), 102m), (result.Fills[1].Time, result.Fills[1].Price));
    }

    [Fact]
    public void A_percent_trailing_stop_ratchets_with_new_highs()
    {
        // Placed on day 0 (close 100), 5 %: stop 95. Day 1 high 104 -> 98.8, day 2 high 106 -> 100.7; day 3 low 95 hits it.
        var (result, _) = RunOne(0, Request(OrderSide.Sell, 10m, OrderType.TrailingStop) with
        {
            TrailingOffset = 0.05m, TrailingType = TrailingType.Percent,
        });
        var fill = Assert.Single(result.Fills);
        Assert.Equal((TestBars.Day0.AddDays(3), 100.7m), (fill.Time, fill.Price));
    }

    [Fact]
    public void Market_on_open_fills_at_the_next_sessions_open_and_market_on_close_at_the_next_sessions_close()
    {
        var (moo, _) = RunOne(0, Request(OrderSide.Buy, 10m, OrderType.MarketOnOpen));
        Assert.Equal((TestBars.Day0.AddDays(1), 100m), (moo.Fills[0].Time, moo.Fills[0].Price));
        var (moc, _) = RunOne(0, Request(OrderSide.Buy, 10m, OrderType.MarketOnClose));
        Assert.Equal((TestBars.Day0.AddDays(1), 103m), (moc.Fills[0].Time, moc.Fills[0].Price));
    }

    [Fact]
    public void An_unfilled_day_order_expires_at_the_close_of_its_session_while_gtc_keeps_working()
    {
        var (day, strategy) = RunOne(0, Request(OrderSide.Buy, 10m, OrderType.Limit) with { LimitPrice = 90m, TimeInForce = TimeInForce.Day });
        var expired = Assert.IsType<OrderExpired>(strategy.Events[^1]);
        Assert.Equal(TestBars.Day0.AddDays(1), expired.Time);
        Assert.Equal(OrderStatus.Expired, day.Orders[0].Status);

        var (gtc, _) = RunOne(0, Request(OrderSide.Buy, 10m, OrderType.Limit) with { LimitPrice = 90m });
        Assert.Equal(OrderStatus.Accepted, gtc.Orders[0].Status);
        Assert.Empty(gtc.Fills);
    }

    [Fact]
    public void Ioc_fills_what_it_can_on_its_first_bar_and_cancels_the_rest()
    {
        var capped = new SimulatedExchangeOptions { MaxVolumeParticipation = 0.1m }; // 100 shares per bar
        var (result, strategy) = RunOne(0, Request(OrderSide.Buy, 150m, OrderType.Limit) with { LimitPrice = 99m, TimeInForce = TimeInForce.Ioc },
            exchange: capped);
        Assert.Equal(["Submitted", "Accepted", "PartiallyFilled", "Canceled"], strategy.Events.Select(e => e.Kind));
        Assert.Equal(100m, Assert.Single(result.Fills).Quantity);
        Assert.Equal((OrderStatus.Canceled, 100m), (result.Orders[0].Status, result.Orders[0].FilledQuantity));

        var (missed, _) = RunOne(0, Request(OrderSide.Buy, 10m, OrderType.Limit) with { LimitPrice = 90m, TimeInForce = TimeInForce.Ioc });
        Assert.Equal(OrderStatus.Canceled, missed.Orders[0].Status);
        Assert.Empty(missed.Fills);
    }

    [Fact]
    public void Fok_fills_everything_on_its_first_bar_or_nothing()
    {
        var capped = new SimulatedExchangeOptions { MaxVolumeParticipation = 0.1m };
        var (tooBig, _) = RunOne(0, Request(OrderSide.Buy, 150m, OrderType.Market) with { TimeInForce = TimeInForce.Fok }, exchange: capped);
        Assert.Empty(tooBig.Fills);
        Assert.Equal(OrderStatus.Canceled, tooBig.Orders[0].Status);

        var (fits, _) = RunOne(0, Request(OrderSide.Buy, 100m, OrderType.Market) with { TimeInForce = TimeInForce.Fok }, exchange: capped);
        Assert.Equal((100m, 100m), (Assert.Single(fits.Fills).Quantity, fits.Fills[0].Price));
    }

    [Fact]
    public void Cancel_through_the_ticket_publishes_cancel_requested_then_canceled_and_a_second_cancel_is_refused()
    {
        var answers = new List<bool>();
        OrderTicket? ticket = null;
        var strategy = new ScriptedStrategy
        {
            Bar = (s, bar) =>
            {
                if (s.BarIndex == 0) ticket = s.DoSubmit(Request(OrderSide.Buy, 10m, OrderType.Limit) with { LimitPrice = 90m });
                if (s.BarIndex == 1) { answers.Add(ticket!.Cancel()); answers.Add(ticket.Cancel()); }
            },
        };
        var result = BacktestHarness.Run(strategy, [Xyz], Margin);
        Assert.Equal([true, false], answers);
        Assert.Equal(["Submitted", "Accepted", "CancelRequested", "Canceled"], strategy.Events.Select(e => e.Kind));
        Assert.Equal(OrderStatus.Canceled, ticket!.Status);
        Assert.Empty(result.Fills);
    }

    [Fact]
    public void An_amend_through_the_ticket_changes_the_working_order_from_the_next_bar()
    {
        bool accepted = false;
        OrderTicket? ticket = null;
        var strategy = new ScriptedStrategy
        {
            Bar = (s, bar) =>
            {
                if (s.BarIndex == 0) ticket = s.DoSubmit(Request(OrderSide.Buy, 10m, OrderType.Limit) with { LimitPrice = 90m });
                if (s.BarIndex == 1) accepted = ticket!.Amend(quantity: 20m, limitPrice: 102m);
            },
        };
        var result = BacktestHarness.Run(strategy, [Xyz], Margin);
        Assert.True(accepted);
        Assert.Equal(["Submitted", "Accepted", "Updated", "Filled"], strategy.Events.Select(e => e.Kind));
        var updated = Assert.IsType<OrderUpdated>(strategy.Events[2]);
        Assert.Equal((20m, 102m), (updated.Order.Quantity, updated.Order.LimitPrice));
        var fill = Assert.Single(result.Fills);
        Assert.Equal((TestBars.Day0.AddDays(2), 20m, 102m), (fill.Time, fill.Quantity, fill.Price));
    }

    [Fact]
    public void An_invalid_amend_returns_false_and_changes_nothing()
    {
        var answers = new List<bool>();
        var strategy = new ScriptedStrategy
        {
            Bar = (s, bar) =>
            {
                if (s.BarIndex != 0) return;
                var limit = s.DoSubmit(Request(OrderSide.Buy, 10m, OrderType.Limit) with { LimitPrice = 90m });
                answers.Add(limit.Amend(stopPrice: 95m));      // a limit order has no stop price
                answers.Add(limit.Amend(limitPrice: 90.005m)); // off the tick grid
                answers.Add(limit.Amend(quantity: 0m));        // not above the filled quantity
                answers.Add(limit.Amend(quantity: 10.5m));     // off the lot grid
                var market = s.DoBuy("XYZ", 1m);
                answers.Add(market.Amend(limitPrice: 101m));   // a market order has no limit price
            },
        };
        var result = BacktestHarness.Run(strategy, [Xyz], Margin);
        Assert.Equal([false, false, false, false, false], answers);
        Assert.DoesNotContain(result.OrderEvents, e => e is OrderUpdated);
        Assert.Equal((10m, 90m), (result.Orders[0].Quantity, result.Orders[0].LimitPrice));
    }

    [Fact]
    public void Amending_a_filled_order_returns_false()
    {
        bool? answer = null;
        OrderTicket? ticket = null;
        var strategy = new ScriptedStrategy
        {
            Bar = (s, bar) =>
            {
                if (s.BarIndex == 0) ticket = s.DoBuy("XYZ", 1m);
                if (s.BarIndex == 2) answer = ticket!.Amend(quantity: 5m);
            },
        };
        BacktestHarness.Run(strategy, [Xyz], Margin);
        Assert.False(answer);
        Assert.Equal(OrderStatus.Filled, ticket!.Status);
    }
}
