using OmniAlpha.Plugins.Simulated.Tests.Support;
using OmniAlpha.Sdk.Orders;
using static OmniAlpha.Plugins.Simulated.Tests.Support.TestBars;

namespace OmniAlpha.Plugins.Simulated.Tests;

/// <summary>Cancel and amend requests.</summary>
public class SimulatedExchangeCancelAmendTests
{
    [Fact]
    public void Cancel_reports_canceled_by_request_at_the_exchange_clock_and_the_order_never_fills()
    {
        var h = new ExchangeHarness();
        h.Bar(FlatDaily(2, 100m));
        Order order = TestOrders.Limit(1, OrderSide.Buy, 10m, 95m, Close(2));
        h.Submit(order);
        h.Bar(FlatDaily(3, 100m));
        h.Exchange.Cancel(order);
        Assert.Equal(new BrokerEvent(BrokerEventKind.Canceled, 1, Close(3)) { Reason = "canceled by request" }, h.Listener.Last);
        h.Bar(Daily(4, 90m, 90m, 90m, 90m));
        Assert.Empty(h.Listener.Fills);
        Assert.Equal(0, h.Exchange.WorkingOrderCount);
    }

    [Fact]
    public void Cancel_of_an_order_that_no_longer_works_reports_nothing()
    {
        var h = new ExchangeHarness();
        Order order = TestOrders.Market(1, OrderSide.Buy, 10m, Close(1));
        h.Submit(order);
        h.Bar(FlatDaily(2, 100m));
        int count = h.Events.Count;
        h.Exchange.Cancel(order);
        h.Exchange.Cancel(TestOrders.Market(99, OrderSide.Buy, 1m, Close(1)));
        Assert.Equal(count, h.Events.Count);
    }

    [Fact]
    public void Cancel_from_a_fill_callback_cancels_the_remainder_of_a_partially_filled_order()
    {
        var h = new ExchangeHarness(new SimulatedExchangeOptions { MaxVolumeParticipation = 0.1m });
        Order order = TestOrders.Market(1, OrderSide.Buy, 100m, Close(1), TimeInForce.Ioc);
        h.Submit(order);
        h.Listener.Reaction = e =>
        {
            if (e.Kind == BrokerEventKind.Fill) h.Exchange.Cancel(order);
        };
        h.Bar(Daily(2, 10m, 10m, 10m, 10m, volume: 100m));
        Assert.Equal(new[] { BrokerEventKind.Accepted, BrokerEventKind.Fill, BrokerEventKind.Canceled }, h.KindsOf(1));
        Assert.Equal("canceled by request", h.Listener.Last.Reason); // no second, IOC cancel
    }

    [Fact]
    public void Amend_of_a_limit_price_reports_the_update_and_trades_at_the_new_price_from_the_next_bar()
    {
        var h = new ExchangeHarness();
        h.Bar(FlatDaily(2, 100m));
        Order order = TestOrders.Limit(1, OrderSide.Buy, 10m, 95m, Close(2));
        h.Submit(order);
        var amendment = new OrderAmendment(LimitPrice: 98m);
        h.Exchange.Amend(order, amendment);
        Assert.Equal(new BrokerEvent(BrokerEventKind.Updated, 1, Close(2)) { Amendment = amendment }, h.Listener.Last);
        h.Bar(Daily(3, 99m, 99m, 97.5m, 98m));
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((98m, Liquidity.Maker), (fill.Price, fill.Liquidity));
    }

    [Fact]
    public void Amend_of_the_quantity_changes_what_remains_to_fill()
    {
        var h = new ExchangeHarness(new SimulatedExchangeOptions { MaxVolumeParticipation = 0.1m });
        Order order = TestOrders.Market(1, OrderSide.Buy, 100m, Close(1));
        h.Submit(order);
        h.Bar(Daily(2, 10m, 10m, 10m, 10m, volume: 300m)); // 30 filled
        h.Exchange.Amend(order, new OrderAmendment(Quantity: 50m));
        h.Bar(Daily(3, 11m, 11m, 11m, 11m, volume: 300m));
        Assert.Equal(new[] { 30m, 20m }, h.Listener.FillsOf(1).Select(f => f.Quantity).ToArray());
        Assert.Equal(0, h.Exchange.WorkingOrderCount);
    }

    [Fact]
    public void Amend_to_a_quantity_not_above_the_filled_quantity_is_a_contract_violation()
    {
        var h = new ExchangeHarness(new SimulatedExchangeOptions { MaxVolumeParticipation = 0.1m });
        Order order = TestOrders.Market(1, OrderSide.Buy, 100m, Close(1));
        h.Submit(order);
        h.Bar(Daily(2, 10m, 10m, 10m, 10m, volume: 300m));
        Assert.Throws<ArgumentException>(() => h.Exchange.Amend(order, new OrderAmendment(Quantity: 30m)));
    }

    [Fact]
    public void Amend_from_a_callback_during_a_bar_takes_effect_on_the_next_bar()
    {
        var h = new ExchangeHarness();
        h.Bar(FlatDaily(2, 100m));
        Order trigger = TestOrders.Market(1, OrderSide.Buy, 1m, Close(2));
        Order resting = TestOrders.Limit(2, OrderSide.Buy, 10m, 90m, Close(2));
        h.Submit(trigger);
        h.Submit(resting);
        h.Listener.Reaction = e =>
        {
            if (e.Kind == BrokerEventKind.Fill && e.OrderId == 1) h.Exchange.Amend(resting, new OrderAmendment(LimitPrice: 99m));
        };
        h.Bar(Daily(3, 100m, 100m, 98m, 99m)); // would reach 99, but the amendment was decided during this bar
        Assert.Empty(h.Listener.FillsOf(2));
        h.Bar(Daily(4, 100m, 100m, 98.5m, 99m));
        Assert.Equal(99m, h.SingleFill(2).Price);
    }

    [Fact]
    public void Amending_a_trailing_stops_stop_price_re_anchors_the_trail()
    {
        var h = new ExchangeHarness();
        h.Bar(FlatDaily(2, 100m));
        Order order = TestOrders.Trailing(1, OrderSide.Sell, 10m, 5m, TrailingType.Amount, Close(2)); // stop 95
        h.Submit(order);
        h.Exchange.Amend(order, new OrderAmendment(StopPrice: 99m));
        h.Bar(Daily(3, 100m, 100m, 98.5m, 99m));
        Assert.Equal(99m, h.SingleFill(1).Price);
    }
}
