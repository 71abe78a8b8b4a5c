using OmniAlpha.Plugins.Simulated.Tests.Support;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;
using static OmniAlpha.Plugins.Simulated.Tests.Support.TestBars;

namespace OmniAlpha.Plugins.Simulated.Tests;

/// <summary>Accepting and rejecting orders, and the no-look-ahead rule for when an order may first trade.</summary>
public class SimulatedExchangeSubmissionTests
{
    [Fact]
    public void An_order_is_accepted_synchronously_at_the_exchange_clock()
    {
        var h = new ExchangeHarness();
        h.Bar(Daily(2, 100m, 101m, 99m, 100m));
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 10m, Close(2)));
        BrokerEvent accepted = Assert.Single(h.Events);
        Assert.Equal(new BrokerEvent(BrokerEventKind.Accepted, 1, Close(2)), accepted);
        Assert.Equal(1, h.Exchange.WorkingOrderCount);
    }

    [Fact]
    public void A_market_order_decided_on_a_bar_fills_at_the_next_bars_open_stamped_with_its_end()
    {
        var h = new ExchangeHarness();
        h.Bar(Daily(2, 100m, 101m, 99m, 100m));
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 10m, Close(2)));
        h.Bar(Daily(3, 102m, 104m, 101m, 103m));
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal(Close(3), fill.Time);
        Assert.Equal(10m, fill.Quantity);
        Assert.Equal(102m, fill.Price);
        Assert.Equal(Liquidity.Taker, fill.Liquidity);
        Assert.Equal(0, h.Exchange.WorkingOrderCount);
    }

    [Fact]
    public void No_fill_on_the_bar_the_order_was_decided_on()
    {
        // Submitted before the exchange saw the bar, but decided at its end time: the bar must not fill it.
        var h = new ExchangeHarness();
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 10m, Close(2)));
        h.Bar(Daily(2, 100m, 101m, 99m, 100m));
        Assert.Empty(h.Listener.Fills);
        h.Bar(Daily(3, 102m, 104m, 101m, 103m));
        Assert.Equal(102m, h.SingleFill(1).Price);
    }

    [Fact]
    public void An_order_submitted_from_a_fill_callback_does_not_fill_on_the_current_bar()
    {
        var h = new ExchangeHarness();
        h.Bar(Daily(2, 100m, 101m, 99m, 100m));
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 10m, Close(2)));
        // The kernel's clock may still be at the previous bar when the callback arrives.
        h.Listener.Reaction = e =>
        {
            if (e.Kind == BrokerEventKind.Fill && e.OrderId == 1) h.Submit(TestOrders.Market(2, OrderSide.Sell, 10m, Close(2)));
        };
        h.Bar(Daily(3, 102m, 104m, 101m, 103m));
        Assert.Empty(h.Listener.FillsOf(2));
        h.Bar(Daily(4, 105m, 106m, 104m, 105m));
        BrokerEvent fill = h.SingleFill(2);
        Assert.Equal(105m, fill.Price);
        Assert.Equal(Close(4), fill.Time);
    }

    [Fact]
    public void An_order_for_another_symbol_submitted_from_a_callback_waits_for_that_symbols_next_bar()
    {
        Symbol msft = "MSFT";
        var h = new ExchangeHarness(null, Instrument.UsEquity(msft));
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 10m, Close(1)));
        h.Listener.Reaction = e =>
        {
            if (e.Kind == BrokerEventKind.Fill && e.OrderId == 1)
                h.Submit(TestOrders.New(2, OrderSide.Buy, OrderType.Market, 5m, Close(1), symbol: msft));
        };
        h.Bar(Daily(2, 100m, 101m, 99m, 100m));
        h.Bar(new(msft, Close(2), 300m, 301m, 299m, 300m, 1000m)); // same time slice: decided on AAPL's bar at this time
        Assert.Empty(h.Listener.FillsOf(2));
        h.Bar(new(msft, Close(3), 310m, 311m, 309m, 310m, 1000m));
        Assert.Equal(310m, h.SingleFill(2).Price);
    }

    [Fact]
    public void Orders_of_a_symbol_fill_in_submission_order()
    {
        var h = new ExchangeHarness();
        h.Submit(TestOrders.Market(7, OrderSide.Buy, 1m, Close(1)));
        h.Submit(TestOrders.Market(5, OrderSide.Buy, 2m, Close(1)));
        h.Submit(TestOrders.Market(6, OrderSide.Buy, 3m, Close(1)));
        h.Bar(Daily(2, 100m, 101m, 99m, 100m));
        Assert.Equal(new long[] { 5, 6, 7 }, h.Listener.Fills.Select(f => f.OrderId).ToArray());
    }

    [Fact]
    public void An_unknown_symbol_is_rejected_with_its_name()
    {
        var h = new ExchangeHarness();
        h.Submit(TestOrders.New(1, OrderSide.Buy, OrderType.Market, 1m, Close(2), symbol: "ZZZ"));
        BrokerEvent e = Assert.Single(h.Events);
        Assert.Equal(BrokerEventKind.Rejected, e.Kind);
        Assert.Equal(RejectReason.UnknownSymbol, e.Code);
        Assert.Contains("ZZZ", e.Reason);
    }

    public static TheoryData<Order, RejectReason, string> Unworkable => new()
    {
        { TestOrders.Market(1, OrderSide.Buy, 0m, Close(2)), RejectReason.InvalidQuantity, "quantity 0" },
        { TestOrders.Market(1, OrderSide.Buy, 1.5m, Close(2)), RejectReason.InvalidQuantity, "lot size 1" },
        { TestOrders.New(1, OrderSide.Buy, OrderType.Limit, 1m, Close(2)), RejectReason.InvalidPrice, "limit price is required" },
        { TestOrders.Limit(1, OrderSide.Buy, 1m, 100.005m, Close(2)), RejectReason.InvalidPrice, "tick size 0.01" },
        { TestOrders.New(1, OrderSide.Buy, OrderType.StopLimit, 1m, Close(2)) with { LimitPrice = 10m }, RejectReason.InvalidPrice, "stop price is required" },
        { TestOrders.Trailing(1, OrderSide.Sell, 1m, 0m, TrailingType.Amount, Close(2)), RejectReason.InvalidPrice, "positive trailing offset" },
        { TestOrders.Trailing(1, OrderSide.Sell, 1m, 5m, TrailingType.Percent, Close(2)), RejectReason.InvalidPrice, "fraction below 1" },
        { TestOrders.New(1, OrderSide.Buy, OrderType.MarketOnOpen, 1m, Close(2), TimeInForce.Ioc), RejectReason.Unsupported, "Ioc is not supported for MarketOnOpen" },
        { TestOrders.New(1, OrderSide.Buy, OrderType.MarketOnClose, 1m, Close(2), TimeInForce.Fok), RejectReason.Unsupported, "Fok is not supported for MarketOnClose" },
    };

    [Theory]
    [MemberData(nameof(Unworkable))]
    public void Orders_the_venue_cannot_work_are_rejected_with_a_reason(Order order, RejectReason code, string reasonPart)
    {
        var h = new ExchangeHarness();
        h.Submit(order);
        BrokerEvent e = Assert.Single(h.Events);
        Assert.Equal(BrokerEventKind.Rejected, e.Kind);
        Assert.Equal(code, e.Code);
        Assert.Contains(reasonPart, e.Reason);
        Assert.Equal(0, h.Exchange.WorkingOrderCount);
    }

    [Fact]
    public void A_second_order_with_a_working_id_is_rejected()
    {
        var h = new ExchangeHarness();
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 1m, Close(2)));
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 1m, Close(2)));
        Assert.Equal(RejectReason.Brokerage, h.Listener.Last.Code);
        Assert.Equal(1, h.Exchange.WorkingOrderCount);
    }

    [Fact]
    public void A_bar_that_does_not_end_after_the_symbols_previous_bar_is_refused()
    {
        var h = new ExchangeHarness();
        h.Bar(Daily(3, 100m, 101m, 99m, 100m));
        Assert.Throws<ArgumentException>(() => h.Bar(Daily(3, 100m, 101m, 99m, 100m)));
        Assert.Throws<ArgumentException>(() => h.Bar(Daily(2, 100m, 101m, 99m, 100m)));
    }

    [Fact]
    public void Using_the_exchange_before_connecting_fails_loudly()
    {
        var exchange = new SimulatedExchange();
        exchange.AddInstrument(Instrument.UsEquity(Aapl));
        Assert.Throws<InvalidOperationException>(() => exchange.Submit(TestOrders.Market(1, OrderSide.Buy, 1m, Close(2))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    public void A_volume_participation_outside_zero_to_one_is_refused(double cap) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new SimulatedExchange(new SimulatedExchangeOptions { MaxVolumeParticipation = (decimal)cap }));

    [Fact]
    public void An_instrument_with_an_unknown_time_zone_is_refused_with_its_name()
    {
        var exchange = new SimulatedExchange();
        var bad = Instrument.UsEquity("X") with { TimeZone = "Mars/Olympus" };
        ArgumentException e = Assert.Throws<ArgumentException>(() => exchange.AddInstrument(bad));
        Assert.Contains("Mars/Olympus", e.Message);
    }
}
