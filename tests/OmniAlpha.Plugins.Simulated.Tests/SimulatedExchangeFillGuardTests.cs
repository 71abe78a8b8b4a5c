using OmniAlpha.Plugins.Simulated.Tests.Support;
using OmniAlpha.Sdk.Orders;
using static OmniAlpha.Plugins.Simulated.Tests.Support.TestBars;

namespace OmniAlpha.Plugins.Simulated.Tests;

/// <summary>The account's fill guard: reduce to the largest affordable lot multiple, or cancel with its reason.</summary>
public class SimulatedExchangeFillGuardTests
{
    [Fact]
    public void A_fill_the_guard_accepts_goes_through_unchanged()
    {
        var h = new ExchangeHarness();
        var guard = new CashFillGuard(10_000m);
        h.Exchange.SetFillGuard(guard);
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 10m, Close(1)));
        h.Bar(FlatDaily(2, 100m));
        Assert.Equal(10m, h.SingleFill(1).Quantity);
        Assert.Equal((10m, 100m, 0m), Assert.Single(guard.Checks));
    }

    [Fact]
    public void A_refused_fill_is_reduced_to_the_largest_accepted_quantity_and_the_rest_canceled_with_the_guards_reason()
    {
        // 1,000 cash at 100 + 1 flat commission: 9 shares cost 901, 10 would cost 1,001.
        var h = new ExchangeHarness(new SimulatedExchangeOptions { FeeModel = new FlatFeeModel(1m) });
        h.Exchange.SetFillGuard(new CashFillGuard(1_000m));
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 50m, Close(1)));
        h.Bar(FlatDaily(2, 100m));
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((9m, 100m, 1m), (fill.Quantity, fill.Price, fill.Commission));
        BrokerEvent canceled = h.Listener.Last;
        Assert.Equal((BrokerEventKind.Canceled, "insufficient cash: needs 5001, has 1000"), (canceled.Kind, canceled.Reason));
        Assert.Equal(0, h.Exchange.WorkingOrderCount);
    }

    [Fact]
    public void The_reduction_recomputes_commission_for_each_candidate()
    {
        // 0.5 per share: 9 shares cost 900 + 4.5 = 904.5 fits in 950, 10 cost 1,005.
        var h = new ExchangeHarness(new SimulatedExchangeOptions { FeeModel = new PerShareFeeModel(0.5m) });
        var guard = new CashFillGuard(950m);
        h.Exchange.SetFillGuard(guard);
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 20m, Close(1)));
        h.Bar(FlatDaily(2, 100m));
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((9m, 4.5m), (fill.Quantity, fill.Commission));
        Assert.All(guard.Checks, c => Assert.Equal(c.Quantity * 0.5m, c.Commission));
    }

    [Fact]
    public void Nothing_affordable_cancels_the_order_with_the_guards_reason()
    {
        var h = new ExchangeHarness();
        h.Exchange.SetFillGuard(new CashFillGuard(50m));
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 5m, Close(1)));
        h.Bar(FlatDaily(2, 100m));
        Assert.Empty(h.Listener.Fills);
        Assert.Equal(new[] { BrokerEventKind.Accepted, BrokerEventKind.Canceled }, h.KindsOf(1));
        Assert.Equal("insufficient cash: needs 500, has 50", h.Listener.Last.Reason);
    }

    [Fact]
    public void A_fok_order_the_guard_refuses_is_canceled_whole()
    {
        var h = new ExchangeHarness();
        h.Exchange.SetFillGuard(new CashFillGuard(950m));
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 10m, Close(1), TimeInForce.Fok));
        h.Bar(FlatDaily(2, 100m));
        Assert.Empty(h.Listener.Fills);
        Assert.Equal("FOK: insufficient cash: needs 1000, has 950", h.Listener.Last.Reason);
    }

    [Fact]
    public void The_guard_sees_the_price_after_slippage()
    {
        var h = new ExchangeHarness(new SimulatedExchangeOptions { SlippageModel = new FixedBpsSlippageModel(100m) });
        var guard = new CashFillGuard(1_000_000m);
        h.Exchange.SetFillGuard(guard);
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 10m, Close(1)));
        h.Bar(FlatDaily(2, 100m));
        Assert.Equal(101m, Assert.Single(guard.Checks).Price);
    }
}
