using OmniAlpha.Plugins.Simulated.Tests.Support;
using OmniAlpha.Sdk.Orders;
using static OmniAlpha.Plugins.Simulated.Tests.Support.TestBars;

namespace OmniAlpha.Plugins.Simulated.Tests;

/// <summary>GTC, DAY, IOC and FOK.</summary>
public class SimulatedExchangeTimeInForceTests
{
    [Fact]
    public void Gtc_keeps_working_across_sessions()
    {
        var h = new ExchangeHarness();
        h.Submit(TestOrders.Limit(1, OrderSide.Buy, 10m, 90m, Close(1)));
        h.Bars(FlatDaily(2, 100m), FlatDaily(3, 100m), Daily(4, 95m, 96m, 89m, 90m));
        Assert.Equal(new[] { BrokerEventKind.Accepted, BrokerEventKind.Fill }, h.KindsOf(1));
    }

    [Fact]
    public void Day_on_daily_bars_expires_at_the_end_of_its_first_eligible_bar()
    {
        var h = new ExchangeHarness();
        h.Bar(FlatDaily(2, 100m));
        h.Submit(TestOrders.Limit(1, OrderSide.Buy, 10m, 90m, Close(2), TimeInForce.Day));
        h.Bars(FlatDaily(3, 100m), Daily(4, 95m, 96m, 89m, 90m));
        Assert.Equal(new[] { BrokerEventKind.Accepted, BrokerEventKind.Expired }, h.KindsOf(1));
        Assert.Equal(Close(3), h.Listener.Last.Time);
        Assert.Equal(0, h.Exchange.WorkingOrderCount);
    }

    [Fact]
    public void Day_on_daily_bars_that_fills_on_its_bar_does_not_expire()
    {
        var h = new ExchangeHarness();
        h.Submit(TestOrders.Limit(1, OrderSide.Buy, 10m, 99m, Close(2), TimeInForce.Day));
        h.Bars(Daily(3, 100m, 101m, 98m, 100m), FlatDaily(4, 100m));
        Assert.Equal(new[] { BrokerEventKind.Accepted, BrokerEventKind.Fill }, h.KindsOf(1));
    }

    [Fact]
    public void Day_intraday_expires_at_the_end_of_the_session_close_bar()
    {
        var h = new ExchangeHarness();
        h.Bar(Minute(2, 10, 0, 100m, 100m, 100m, 100m));
        h.Submit(TestOrders.Limit(1, OrderSide.Buy, 10m, 90m, NewYork(2, 10, 0), TimeInForce.Day));
        h.Bars(Minute(2, 10, 1, 100m, 100m, 100m, 100m), Minute(2, 15, 59, 100m, 100m, 100m, 100m),
            Minute(2, 16, 0, 100m, 100m, 100m, 100m), Minute(2, 16, 1, 89m, 89m, 89m, 89m));
        Assert.Equal(new[] { BrokerEventKind.Accepted, BrokerEventKind.Expired }, h.KindsOf(1));
        Assert.Equal(NewYork(2, 16, 0), h.Listener.Last.Time);
    }

    [Fact]
    public void Day_placed_after_the_close_is_good_for_the_next_session()
    {
        var h = new ExchangeHarness();
        h.Bar(Minute(2, 16, 0, 100m, 100m, 100m, 100m));
        h.Submit(TestOrders.Limit(1, OrderSide.Buy, 10m, 95m, NewYork(2, 16, 0), TimeInForce.Day));
        h.Bars(Minute(3, 9, 31, 100m, 100m, 100m, 100m), Minute(3, 12, 0, 96m, 96m, 94m, 95m));
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((NewYork(3, 12, 0), 95m), (fill.Time, fill.Price));
    }

    [Fact]
    public void Day_whose_first_eligible_bar_is_post_market_expires_at_the_next_sessions_first_bar()
    {
        var h = new ExchangeHarness();
        h.Bar(Minute(2, 16, 0, 100m, 100m, 100m, 100m));
        h.Submit(TestOrders.Limit(1, OrderSide.Buy, 10m, 90m, NewYork(2, 16, 0), TimeInForce.Day));
        h.Bars(Minute(2, 17, 0, 100m, 100m, 100m, 100m), Minute(3, 9, 31, 89m, 89m, 89m, 89m));
        Assert.Equal(new[] { BrokerEventKind.Accepted, BrokerEventKind.Expired }, h.KindsOf(1));
        Assert.Equal(NewYork(3, 9, 31), h.Listener.Last.Time);
        Assert.Empty(h.Listener.Fills);
    }

    [Fact]
    public void Ioc_fills_what_the_volume_cap_allows_and_cancels_the_remainder()
    {
        var h = new ExchangeHarness(new SimulatedExchangeOptions { MaxVolumeParticipation = 0.1m });
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 100m, Close(1), TimeInForce.Ioc));
        h.Bars(Daily(2, 50m, 51m, 49m, 50m, volume: 400m), Daily(3, 50m, 51m, 49m, 50m, volume: 400m));
        Assert.Equal(40m, h.SingleFill(1).Quantity);
        BrokerEvent canceled = h.Listener.Last;
        Assert.Equal((BrokerEventKind.Canceled, Close(2), "IOC: unfilled remainder canceled"), (canceled.Kind, canceled.Time, canceled.Reason));
        Assert.Equal(0, h.Exchange.WorkingOrderCount);
    }

    [Fact]
    public void Ioc_limit_not_reached_on_its_first_eligible_bar_is_canceled()
    {
        var h = new ExchangeHarness();
        h.Submit(TestOrders.Limit(1, OrderSide.Buy, 10m, 90m, Close(1), TimeInForce.Ioc));
        h.Bars(FlatDaily(2, 100m), Daily(3, 89m, 89m, 89m, 89m));
        Assert.Equal(new[] { BrokerEventKind.Accepted, BrokerEventKind.Canceled }, h.KindsOf(1));
        Assert.StartsWith("IOC:", h.Listener.Last.Reason);
    }

    [Fact]
    public void Fok_fills_everything_on_its_first_eligible_bar()
    {
        var h = new ExchangeHarness(new SimulatedExchangeOptions { MaxVolumeParticipation = 0.1m });
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 100m, Close(1), TimeInForce.Fok));
        h.Bar(Daily(2, 50m, 51m, 49m, 50m, volume: 1000m));
        Assert.Equal(100m, h.SingleFill(1).Quantity);
    }

    [Fact]
    public void Fok_that_cannot_fill_completely_is_canceled_without_any_fill()
    {
        var h = new ExchangeHarness(new SimulatedExchangeOptions { MaxVolumeParticipation = 0.1m });
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 100m, Close(1), TimeInForce.Fok));
        h.Bar(Daily(2, 50m, 51m, 49m, 50m, volume: 999m));
        Assert.Empty(h.Listener.Fills);
        BrokerEvent canceled = h.Listener.Last;
        Assert.Equal(BrokerEventKind.Canceled, canceled.Kind);
        Assert.Equal("FOK: only 99 of 100 could fill on its first eligible bar (volume cap), canceled", canceled.Reason);
    }

    [Fact]
    public void Fok_whose_level_is_not_reached_is_canceled()
    {
        var h = new ExchangeHarness();
        h.Submit(TestOrders.Stop(1, OrderSide.Buy, 10m, 110m, Close(1), TimeInForce.Fok));
        h.Bars(FlatDaily(2, 100m), FlatDaily(3, 120m));
        Assert.Equal(new[] { BrokerEventKind.Accepted, BrokerEventKind.Canceled }, h.KindsOf(1));
        Assert.StartsWith("FOK:", h.Listener.Last.Reason);
    }
}
