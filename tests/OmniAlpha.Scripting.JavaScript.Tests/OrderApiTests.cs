using OmniAlpha.Scripting.JavaScript.Tests.Support;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Scripting.JavaScript.Tests;

/// <summary>Every order method of the <c>strategy</c> object builds the same request as its C# namesake.</summary>
public sealed class OrderApiTests
{
    private const string EveryOrderType = """
        let placed = false;
        function onBar(bar) {
          if (placed) return;
          placed = true;
          strategy.buy("ALFA", 10, "entry");
          strategy.sell("ALFA", 4);
          strategy.marketOrder("ALFA", -2, { tag: "signed" });
          strategy.limitOrder("ALFA", 5, 101.23, { timeInForce: "day", tag: "lim" });
          strategy.stopOrder("ALFA", -3, 95.1);
          strategy.stopLimitOrder("ALFA", 2, 110.5, 111.25, "sl");
          strategy.trailingStopOrder("ALFA", -1, 2.5, { percent: true });
          strategy.trailingStopOrder("ALFA", -1, 0.75);
          strategy.marketOnOpenOrder("ALFA", 1);
          strategy.marketOnCloseOrder("ALFA", -1, { timeInForce: "gtc" });
          strategy.limitOrder("ALFA", 1, 0.1 + 0.2, { clientOrderId: "mine-1", ocoGroup: "g1" });
        }
        """;

    [Fact]
    public void Each_order_method_submits_the_request_its_csharp_namesake_would()
    {
        var result = JsRun.Run(JsRun.Strategy(EveryOrderType), [JsRun.Rising("ALFA", 5)], account: new AccountSettings(100_000m, AccountType.Margin));

        var o = result.Orders.OrderBy(x => x.OrderId).ToArray();
        Assert.Equal(11, o.Length);
        Assert.Equal((OrderSide.Buy, OrderType.Market, 10m, "entry"), (o[0].Side, o[0].Type, o[0].Quantity, o[0].Tag));
        Assert.Equal((OrderSide.Sell, OrderType.Market, 4m), (o[1].Side, o[1].Type, o[1].Quantity));
        Assert.Equal((OrderSide.Sell, OrderType.Market, 2m, "signed"), (o[2].Side, o[2].Type, o[2].Quantity, o[2].Tag));
        Assert.Equal((OrderSide.Buy, OrderType.Limit, 5m, 101.23m, TimeInForce.Day, "lim"),
            (o[3].Side, o[3].Type, o[3].Quantity, o[3].LimitPrice, o[3].TimeInForce, o[3].Tag));
        Assert.Equal((OrderSide.Sell, OrderType.Stop, 3m, 95.1m, TimeInForce.Gtc), (o[4].Side, o[4].Type, o[4].Quantity, o[4].StopPrice, o[4].TimeInForce));
        Assert.Equal((OrderType.StopLimit, 110.5m, 111.25m, "sl"), (o[5].Type, o[5].StopPrice, o[5].LimitPrice, o[5].Tag));
        Assert.Equal((OrderType.TrailingStop, 2.5m, TrailingType.Percent), (o[6].Type, o[6].TrailingOffset, o[6].TrailingType));
        Assert.Equal((OrderType.TrailingStop, 0.75m, TrailingType.Amount), (o[7].Type, o[7].TrailingOffset, o[7].TrailingType));
        Assert.Equal((OrderSide.Buy, OrderType.MarketOnOpen), (o[8].Side, o[8].Type));
        Assert.Equal((OrderSide.Sell, OrderType.MarketOnClose), (o[9].Side, o[9].Type));
        // The shortest round-trip text of the double, not 0.3 and not 0.3000000000000000444089209850.
        Assert.Equal((0.30000000000000004m, "mine-1", "g1"), (o[10].LimitPrice, o[10].ClientOrderId, o[10].OcoGroup));
        Assert.Equal("Test-1", o[0].ClientOrderId);
    }

    [Fact]
    public void Tickets_read_live_state_and_cancel_and_amend_like_csharp_tickets()
    {
        const string script = """
            let ticket;
            function onBar(bar) {
              if (!ticket) {
                ticket = strategy.limitOrder(bar.symbol, 10, 50);
                strategy.log(`placed ${ticket.id} ${ticket.clientOrderId} ${ticket.symbol} ${ticket.status} ${ticket.isOpen}`);
                return;
              }
              if (!ticket.isOpen) return;
              strategy.log(`open ${strategy.openOrders().length} ${strategy.openOrders(bar.symbol)[0].id} ${strategy.order(ticket.id).limitPrice}`);
              strategy.log(`amend ${ticket.amend({ limitPrice: 51.5 })} ${ticket.order.limitPrice}`);
              strategy.log(`cancel ${strategy.cancel(ticket)} ${ticket.status}`);
            }
            function onOrderEvent(e) {
              strategy.log(`event ${e.kind} ${e.orderId} ${e.order.status}`);
            }
            """;
        var logger = new ListLogger();

        JsRun.Run(JsRun.Strategy(script), [JsRun.Rising("ALFA", 4)], logger: logger);

        var messages = logger.Messages.Select(m => m[(m.IndexOf(' ', m.IndexOf(' ') + 1) + 1)..]).ToArray();
        Assert.Equal("placed 1 Test-1 ALFA accepted true", messages[0]); // the kernel accepts at submission
        Assert.Contains("event accepted 1 accepted", messages);
        Assert.Contains("open 1 1 50", messages);
        Assert.Contains("amend true 51.5", messages);
        Assert.Contains(messages, m => m.StartsWith("cancel true ", StringComparison.Ordinal));
        Assert.Contains("event canceled 1 canceled", messages);
    }

    [Fact]
    public void Fills_reach_onOrderEvent_with_price_quantity_and_side()
    {
        const string script = """
            function onBar(bar) { if (strategy.position(bar.symbol).isFlat && strategy.openOrders().length === 0) strategy.buy(bar.symbol, 7); }
            function onOrderEvent(e) {
              if (e.kind === "filled") strategy.log(`fill ${e.fill.side} ${e.fill.quantity} @ ${e.fill.price} order ${e.fill.orderId} ${e.order.averageFillPrice}`);
            }
            """;
        var logger = new ListLogger();

        var result = JsRun.Run(JsRun.Strategy(script), [JsRun.Rising("ALFA", 3)], logger: logger);

        var fill = Assert.Single(result.Fills);
        Assert.Contains(logger.Messages, m => m.EndsWith($"fill buy 7 @ {fill.Price} order {fill.OrderId} {fill.Price}", StringComparison.Ordinal));
    }

    [Fact]
    public void SetHoldings_and_liquidate_use_the_csharp_sizing_and_closing()
    {
        const string script = """
            let step = 0;
            function onBar(bar) {
              step++;
              if (step === 1) strategy.setHoldings(bar.symbol, 0.5, "half");
              if (step === 3) strategy.liquidate(bar.symbol);
            }
            """;

        var result = JsRun.Run(JsRun.Strategy(script), [JsRun.Rising("ALFA", 5)]);

        var orders = result.Orders.OrderBy(o => o.OrderId).ToArray();
        // 100,000 x 0.5 x (1 - 0.25 % buffer) / 100 (the close) = 498.75, rounded down to whole shares.
        Assert.Equal((OrderSide.Buy, 498m, "half"), (orders[0].Side, orders[0].Quantity, orders[0].Tag));
        Assert.Equal((OrderSide.Sell, 498m, "Liquidate"), (orders[1].Side, orders[1].Quantity, orders[1].Tag));
    }

    [Theory]
    [InlineData("strategy.buy('ALFA', NaN)", "buy: quantity must be a finite number")]
    [InlineData("strategy.buy('ALFA', '10')", "buy: quantity must be a number, got the string '10'")]
    [InlineData("strategy.buy('ALFA', { valueOf() { return 10; } })", "buy: quantity must be a number, got an object")]
    [InlineData("strategy.buy('ALFA', -5)", "buy: quantity must be positive")]
    [InlineData("strategy.buy(42, 5)", "buy: symbol must be a string, got 42")]
    [InlineData("strategy.limitOrder('ALFA', 5)", "limitOrder: limitPrice must be a number, got undefined")]
    [InlineData("strategy.limitOrder('ALFA', 5, 1e40)", "limitOrder: limitPrice 1E+40 is outside the range of an exact decimal")]
    [InlineData("strategy.limitOrder('ALFA', 5, 10, { timeInForce: 'week' })", "limitOrder: timeInForce must be 'gtc', 'day', 'ioc' or 'fok', got 'week'")]
    public void Bad_order_arguments_are_script_errors_the_script_can_catch(string call, string message)
    {
        string script = $$"""
            function onBar(bar) {
              try { {{call}}; } catch (e) { strategy.log("caught " + e.message); }
            }
            """;
        var logger = new ListLogger();

        var result = JsRun.Run(JsRun.Strategy(script), [JsRun.Rising("ALFA", 1)], logger: logger);

        Assert.Empty(result.Orders);
        Assert.Contains(logger.Messages, m => m.Contains("caught " + message, StringComparison.Ordinal));
    }
}
