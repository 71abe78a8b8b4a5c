using Jint;
using Jint.Native;
using Jint.Native.Object;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Scripting.JavaScript.Api;

/// <summary>
/// The order methods of the <c>strategy</c> object, each building the same <see cref="OrderRequest"/> as the C#
/// helper of the same name. Quantities are signed where C# signs them (<c>marketOrder</c>, <c>limitOrder</c>, ...:
/// positive buys, negative sells) and positive for <c>buy</c>/<c>sell</c>. The last argument may be a tag string or
/// an options object <c>{ tag, timeInForce: 'gtc'|'day'|'ioc'|'fok', clientOrderId, ocoGroup }</c>
/// (<c>trailingStopOrder</c> also takes <c>percent: true</c>). Every method returns a ticket (see <see cref="TicketFactory"/>).
/// </summary>
internal sealed class OrderFunctions(Engine engine, IJavaScriptStrategyHost host, TicketFactory tickets)
{
    /// <summary>Installs the methods on <paramref name="strategy"/>.</summary>
    public void Install(ObjectInstance strategy)
    {
        Order(strategy, "buy", 3, (s, q, _, _) => Request(s, OrderSide.Buy, Positive(q, "buy"), OrderType.Market));
        Order(strategy, "sell", 3, (s, q, _, _) => Request(s, OrderSide.Sell, Positive(q, "sell"), OrderType.Market));
        Order(strategy, "marketOrder", 3, (s, q, _, _) => Signed(s, q, OrderType.Market));
        Order(strategy, "marketOnOpenOrder", 3, (s, q, _, _) => Signed(s, q, OrderType.MarketOnOpen));
        Order(strategy, "marketOnCloseOrder", 3, (s, q, _, _) => Signed(s, q, OrderType.MarketOnClose));
        Order(strategy, "limitOrder", 4, (s, q, a, _) => Signed(s, q, OrderType.Limit) with { LimitPrice = a }, "limitPrice");
        Order(strategy, "stopOrder", 4, (s, q, a, _) => Signed(s, q, OrderType.Stop) with { StopPrice = a }, "stopPrice");
        Order(strategy, "stopLimitOrder", 5, (s, q, a, b) => Signed(s, q, OrderType.StopLimit) with { StopPrice = a, LimitPrice = b }, "stopPrice", "limitPrice");
        Order(strategy, "trailingStopOrder", 4, (s, q, a, _) => Signed(s, q, OrderType.TrailingStop) with { TrailingOffset = a }, "offset");

        JsInterop.Method(strategy, engine, "setHoldings", 3, (_, args) =>
        {
            var symbol = JsInterop.Symbol(args, 0, "setHoldings");
            decimal fraction = JsInterop.Decimal(args, 1, "setHoldings", "fraction");
            return tickets.Create(host.SetHoldings(symbol, fraction, TagOf(JsInterop.At(args, 2), "setHoldings")));
        });
        JsInterop.Method(strategy, engine, "liquidate", 2, (_, args) =>
        {
            if (JsInterop.IsAbsent(args, 0))
            {
                host.LiquidateAll();
                return JsValue.Null;
            }
            return tickets.Create(host.Liquidate(JsInterop.Symbol(args, 0, "liquidate"), TagOf(JsInterop.At(args, 1), "liquidate")));
        });
        JsInterop.Method(strategy, engine, "cancel", 1, (_, args) =>
            host.Context.Cancel(TicketFactory.IdOf(JsInterop.At(args, 0))) ? JsBoolean.True : JsBoolean.False);
        JsInterop.Method(strategy, engine, "cancelAll", 1, (_, args) =>
        {
            host.CancelAll(JsInterop.IsAbsent(args, 0) ? default(Symbol?) : JsInterop.Symbol(args, 0, "cancelAll"));
            return JsValue.Undefined;
        });
    }

    private delegate OrderRequest BuildRequest(Symbol symbol, decimal quantity, decimal first, decimal second);

    /// <summary>Defines <c>name(symbol, quantity, price..., tagOrOptions)</c>.</summary>
    private void Order(ObjectInstance strategy, string name, int length, BuildRequest build, params string[] prices)
    {
        JsInterop.Method(strategy, engine, name, length, (_, args) =>
        {
            var symbol = JsInterop.Symbol(args, 0, name);
            decimal quantity = JsInterop.Decimal(args, 1, name, "quantity");
            decimal first = prices.Length > 0 ? JsInterop.Decimal(args, 2, name, prices[0]) : 0m;
            decimal second = prices.Length > 1 ? JsInterop.Decimal(args, 3, name, prices[1]) : 0m;
            var request = build(symbol, quantity, first, second);
            request = ApplyOptions(request, JsInterop.At(args, 2 + prices.Length), name);
            return tickets.Create(host.Submit(request));
        });
    }

    private static OrderRequest Request(Symbol symbol, OrderSide side, decimal quantity, OrderType type) => new(symbol, side, quantity, type);

    // As Strategy.SideOf: a zero quantity passes through as a buy so the kernel rejects it with a reason.
    private static OrderRequest Signed(Symbol symbol, decimal quantity, OrderType type) =>
        new(symbol, quantity >= 0m ? OrderSide.Buy : OrderSide.Sell, Math.Abs(quantity), type);

    private static decimal Positive(decimal quantity, string function) =>
        quantity >= 0m ? quantity : throw new ArgumentException($"{function}: quantity must be positive (use {(function == "buy" ? "sell" : "buy")} or marketOrder with a signed quantity), got {quantity}.");

    private static string? TagOf(JsValue value, string function) => value switch
    {
        _ when value.IsNullOrUndefined() => null,
        JsString text => text.ToString(),
        ObjectInstance o when o.Get("tag") is var tag && !tag.IsNullOrUndefined() => JsInterop.String([tag], 0, function, "tag"),
        ObjectInstance => null,
        _ => throw new ArgumentException($"{function}: the last argument must be a tag string or an options object, got {JsInterop.Describe(value)}."),
    };

    private static OrderRequest ApplyOptions(OrderRequest request, JsValue options, string function)
    {
        if (options.IsNullOrUndefined()) return request;
        request = request with { Tag = TagOf(options, function) };
        if (options is not ObjectInstance o) return request;
        if (Text(o, "timeInForce", function) is { } tif)
        {
            if (!Enum.TryParse<TimeInForce>(tif, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                throw new ArgumentException($"{function}: timeInForce must be 'gtc', 'day', 'ioc' or 'fok', got '{tif}'.");
            request = request with { TimeInForce = parsed };
        }
        if (Text(o, "clientOrderId", function) is { } clientOrderId) request = request with { ClientOrderId = clientOrderId };
        if (Text(o, "ocoGroup", function) is { } oco) request = request with { OcoGroup = oco };
        if (o.Get("percent") is JsBoolean percent && percent.AsBoolean()) request = request with { TrailingType = TrailingType.Percent };
        return request;
    }

    private static string? Text(ObjectInstance o, string name, string function)
    {
        var value = o.Get(name);
        return value.IsNullOrUndefined() ? null : JsInterop.String([value], 0, function, name);
    }
}
