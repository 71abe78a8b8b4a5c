using OmniAlpha.Plugins.Simulated.Tests.Support;
using OmniAlpha.Sdk.Orders;
using static OmniAlpha.Plugins.Simulated.Tests.Support.TestBars;

namespace OmniAlpha.Plugins.Simulated.Tests;

/// <summary>MaxVolumeParticipation: per-bar, per-symbol capacity shared by orders in submission order.</summary>
public class SimulatedExchangeVolumeCapTests
{
    private static ExchangeHarness Capped(decimal cap) => new(new SimulatedExchangeOptions { MaxVolumeParticipation = cap });

    [Fact]
    public void A_large_order_fills_partially_across_bars_at_each_bars_price()
    {
        ExchangeHarness h = Capped(0.1m);
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 100m, Close(1)));
        h.Bars(Daily(2, 10m, 11m, 9m, 10m, volume: 400m), Daily(3, 11m, 12m, 10m, 11m, volume: 355m),
            Daily(4, 12m, 13m, 11m, 12m, volume: 10_000m));
        var fills = h.Listener.FillsOf(1).Select(f => (f.Time, f.Quantity, f.Price)).ToArray();
        Assert.Equal(new[] { (Close(2), 40m, 10m), (Close(3), 35m, 11m), (Close(4), 25m, 12m) }, fills);
        Assert.Equal(0, h.Exchange.WorkingOrderCount);
    }

    [Fact]
    public void The_cap_is_shared_by_the_symbols_orders_in_submission_order()
    {
        ExchangeHarness h = Capped(0.5m);
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 30m, Close(1)));
        h.Submit(TestOrders.Limit(2, OrderSide.Sell, 50m, 10m, Close(1)));
        h.Bars(Daily(2, 10m, 11m, 9m, 10m, volume: 100m), Daily(3, 10m, 11m, 9m, 10m, volume: 100m));
        var fills = h.Listener.Fills.Select(f => (f.OrderId, f.Time, f.Quantity)).ToArray();
        Assert.Equal(new[] { (1L, Close(2), 30m), (2L, Close(2), 20m), (2L, Close(3), 30m) }, fills);
    }

    [Fact]
    public void The_capacity_is_rounded_down_to_whole_lots_and_a_zero_volume_bar_fills_nothing()
    {
        ExchangeHarness h = Capped(0.1m);
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 10m, Close(1)));
        h.Bars(Daily(2, 10m, 10m, 10m, 10m, volume: 0m), Daily(3, 10m, 10m, 10m, 10m, volume: 59m));
        Assert.Equal(5m, h.SingleFill(1).Quantity);
        Assert.Equal(1, h.Exchange.WorkingOrderCount);
    }

    [Fact]
    public void A_stop_whose_remainder_was_capped_stays_triggered_and_fills_at_later_opens()
    {
        ExchangeHarness h = Capped(0.1m);
        h.Submit(TestOrders.Stop(1, OrderSide.Sell, 100m, 95m, Close(1)));
        h.Bars(Daily(2, 97m, 98m, 94m, 95m, volume: 500m), Daily(3, 99m, 100m, 98m, 99m, volume: 5000m));
        var fills = h.Listener.FillsOf(1).Select(f => (f.Quantity, f.Price)).ToArray();
        Assert.Equal(new[] { (50m, 95m), (50m, 99m) }, fills);
    }

    [Fact]
    public void Without_a_cap_the_whole_quantity_fills_regardless_of_volume()
    {
        var h = new ExchangeHarness();
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 1_000_000m, Close(1)));
        h.Bar(Daily(2, 10m, 10m, 10m, 10m, volume: 1m));
        Assert.Equal(1_000_000m, h.SingleFill(1).Quantity);
    }
}
