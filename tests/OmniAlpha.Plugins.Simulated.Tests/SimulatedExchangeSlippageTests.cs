using OmniAlpha.Plugins.Simulated.Tests.Support;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;
using static OmniAlpha.Plugins.Simulated.Tests.Support.TestBars;

namespace OmniAlpha.Plugins.Simulated.Tests;

/// <summary>How the exchange applies slippage to fills: rounding, direction, limits, floors, maker fills.</summary>
public class SimulatedExchangeSlippageTests
{
    private static ExchangeHarness WithBps(decimal bps) =>
        new(new SimulatedExchangeOptions { SlippageModel = new FixedBpsSlippageModel(bps) });

    [Fact]
    public void Taker_buys_pay_up_and_sells_receive_less_by_the_per_unit_slippage()
    {
        ExchangeHarness h = WithBps(5m);
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 10m, Close(1)));
        h.Submit(TestOrders.Market(2, OrderSide.Sell, 10m, Close(1)));
        h.Bar(FlatDaily(2, 100m));
        Assert.Equal((100.05m, 0.5m), (h.SingleFill(1).Price, h.SingleFill(1).Slippage));
        Assert.Equal((99.95m, 0.5m), (h.SingleFill(2).Price, h.SingleFill(2).Slippage));
    }

    [Fact]
    public void Per_unit_slippage_is_rounded_to_the_price_precision()
    {
        ExchangeHarness h = WithBps(5m); // 123.45 x 5 / 10,000 = 0.061725 -> 0.06
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 7m, Close(1)));
        h.Bar(FlatDaily(2, 123.45m));
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((123.51m, 0.42m), (fill.Price, fill.Slippage));
    }

    [Fact]
    public void Maker_limit_fills_get_no_slippage()
    {
        ExchangeHarness h = WithBps(50m);
        h.Submit(TestOrders.Limit(1, OrderSide.Buy, 10m, 99m, Close(1)));
        h.Bar(Daily(2, 100m, 101m, 98m, 100m));
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((99m, 0m, Liquidity.Maker), (fill.Price, fill.Slippage, fill.Liquidity));
    }

    [Fact]
    public void A_taker_limit_fill_never_goes_past_its_limit()
    {
        ExchangeHarness h = WithBps(50m); // 0.50 on a 99.80 open would be 100.30, capped at the 100.00 limit
        h.Submit(TestOrders.Limit(1, OrderSide.Buy, 10m, 100m, Close(1)));
        h.Submit(TestOrders.Limit(2, OrderSide.Sell, 10m, 99.5m, Close(1)));
        h.Bar(Daily(2, 99.8m, 101m, 99m, 100m));
        BrokerEvent buy = h.SingleFill(1);
        Assert.Equal((100m, 2m, Liquidity.Taker), (buy.Price, buy.Slippage, buy.Liquidity));
        BrokerEvent sell = h.SingleFill(2);
        Assert.Equal((99.5m, 3m, Liquidity.Taker), (sell.Price, sell.Slippage, sell.Liquidity));
    }

    [Fact]
    public void Stop_fills_are_taker_and_slip()
    {
        ExchangeHarness h = WithBps(10m);
        h.Submit(TestOrders.Stop(1, OrderSide.Sell, 10m, 95m, Close(1)));
        h.Bar(Daily(2, 97m, 98m, 94m, 95m));
        Assert.Equal(94.9m, h.SingleFill(1).Price); // 95 - 0.095 rounded to 0.10
    }

    [Fact]
    public void A_sell_price_is_floored_at_one_tick()
    {
        ExchangeHarness h = WithBps(20_000m); // 200 % of the price
        h.Submit(TestOrders.Market(1, OrderSide.Sell, 10m, Close(1)));
        h.Bar(FlatDaily(2, 0.05m));
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((0.01m, 0.4m), (fill.Price, fill.Slippage));
    }

    [Fact]
    public void Volume_share_slippage_uses_the_fill_quantity_against_the_bar_volume()
    {
        var h = new ExchangeHarness(new SimulatedExchangeOptions { SlippageModel = new VolumeShareSlippageModel(0.1m) });
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 100m, Close(1)));
        h.Bar(Daily(2, 50m, 50m, 50m, 50m, volume: 1000m)); // 50 x 0.1 x 0.01 = 0.05
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((50.05m, 5m), (fill.Price, fill.Slippage));
    }

    [Fact]
    public void Percent_fees_are_charged_on_the_slipped_price_and_reported_with_the_fill()
    {
        var h = new ExchangeHarness(new SimulatedExchangeOptions
        {
            SlippageModel = new FixedBpsSlippageModel(10m),
            FeeModel = new PercentOfValueFeeModel(0.1m),
        });
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 10m, Close(1)));
        h.Bar(FlatDaily(2, 100m));
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((100.1m, 1.001m, 1m), (fill.Price, fill.Commission, fill.Slippage));
    }

    [Fact]
    public void A_coarse_tick_instrument_rounds_slippage_to_its_price_precision()
    {
        var es = new Instrument("ES", AssetClass.Future, "CME", "USD", 0.25m, 1m, 50m, "America/Chicago");
        var h = new ExchangeHarness(new SimulatedExchangeOptions { SlippageModel = new FixedBpsSlippageModel(1m) }, es);
        h.Submit(TestOrders.New(1, OrderSide.Buy, OrderType.Market, 2m, Close(1), symbol: es.Symbol));
        h.Bar(new Sdk.Market.Bar(es.Symbol, Close(2), 5000m, 5000m, 5000m, 5000m, 100m));
        Assert.Equal(5000.5m, h.SingleFill(1).Price); // 0.5 per unit at 2 decimal places
    }
}
