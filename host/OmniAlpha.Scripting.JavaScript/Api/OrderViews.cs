using Jint;
using Jint.Native;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Scripting.JavaScript.Api;

/// <summary>
/// Plain JavaScript snapshots of orders, fills and order events (new objects the script may keep). Enum values are
/// lower-camel strings (<c>'buy'</c>, <c>'stopLimit'</c>, <c>'partiallyFilled'</c>); money and quantities are numbers.
/// </summary>
internal static class OrderViews
{
    /// <summary><c>{ id, clientOrderId, symbol, side, type, quantity, limitPrice, stopPrice, trailingOffset, timeInForce, status,
    /// filledQuantity, averageFillPrice, commission, tag, createdTime, lastUpdateTime, isOpen }</c>.</summary>
    public static JsObject Order(Engine engine, Order order)
    {
        var o = new JsObject(engine);
        o.FastSetDataProperty("id", JsNumber.Create(order.OrderId));
        o.FastSetDataProperty("clientOrderId", new JsString(order.ClientOrderId));
        o.FastSetDataProperty("symbol", new JsString(order.Symbol.Value));
        o.FastSetDataProperty("side", Name(order.Side));
        o.FastSetDataProperty("type", Name(order.Type));
        o.FastSetDataProperty("quantity", JsInterop.Number(order.Quantity));
        o.FastSetDataProperty("limitPrice", order.LimitPrice is { } limit ? JsInterop.Number(limit) : JsValue.Null);
        o.FastSetDataProperty("stopPrice", order.StopPrice is { } stop ? JsInterop.Number(stop) : JsValue.Null);
        o.FastSetDataProperty("trailingOffset", order.TrailingOffset is { } offset ? JsInterop.Number(offset) : JsValue.Null);
        o.FastSetDataProperty("timeInForce", Name(order.TimeInForce));
        o.FastSetDataProperty("status", Name(order.Status));
        o.FastSetDataProperty("filledQuantity", JsInterop.Number(order.FilledQuantity));
        o.FastSetDataProperty("averageFillPrice", JsInterop.Number(order.AverageFillPrice));
        o.FastSetDataProperty("commission", JsInterop.Number(order.Commission));
        o.FastSetDataProperty("tag", JsInterop.StringOrNull(order.Tag));
        o.FastSetDataProperty("createdTime", JsInterop.Time(order.CreatedTime));
        o.FastSetDataProperty("lastUpdateTime", JsInterop.Time(order.LastUpdateTime));
        o.FastSetDataProperty("isOpen", order.IsOpen ? JsBoolean.True : JsBoolean.False);
        return o;
    }

    /// <summary><c>{ id, orderId, clientOrderId, symbol, time, side, quantity, price, commission, slippage, liquidity }</c>.</summary>
    public static JsObject Fill(Engine engine, Fill fill)
    {
        var o = new JsObject(engine);
        o.FastSetDataProperty("id", JsNumber.Create(fill.FillId));
        o.FastSetDataProperty("orderId", JsNumber.Create(fill.OrderId));
        o.FastSetDataProperty("clientOrderId", new JsString(fill.ClientOrderId));
        o.FastSetDataProperty("symbol", new JsString(fill.Symbol.Value));
        o.FastSetDataProperty("time", JsInterop.Time(fill.Time));
        o.FastSetDataProperty("side", Name(fill.Side));
        o.FastSetDataProperty("quantity", JsInterop.Number(fill.Quantity));
        o.FastSetDataProperty("price", JsInterop.Number(fill.Price));
        o.FastSetDataProperty("commission", JsInterop.Number(fill.Commission));
        o.FastSetDataProperty("slippage", JsInterop.Number(fill.Slippage));
        o.FastSetDataProperty("liquidity", Name(fill.Liquidity));
        return o;
    }

    /// <summary>
    /// <c>{ kind, orderId, symbol, time, order }</c>, plus <c>fill</c> for <c>'filled'</c>/<c>'partiallyFilled'</c>,
    /// <c>code</c> and <c>reason</c> for <c>'rejected'</c>, <c>reason</c> for <c>'canceled'</c>. <c>kind</c> is the
    /// event's <see cref="OrderEvent.Kind"/> in lower camel case.
    /// </summary>
    public static JsObject Event(Engine engine, OrderEvent orderEvent)
    {
        var o = new JsObject(engine);
        o.FastSetDataProperty("kind", new JsString(Camel(orderEvent.Kind)));
        o.FastSetDataProperty("orderId", JsNumber.Create(orderEvent.OrderId));
        o.FastSetDataProperty("symbol", new JsString(orderEvent.Symbol.Value));
        o.FastSetDataProperty("time", JsInterop.Time(orderEvent.Time));
        o.FastSetDataProperty("order", Order(engine, orderEvent.Order));
        switch (orderEvent)
        {
            case OrderFilled filled:
                o.FastSetDataProperty("fill", Fill(engine, filled.Fill));
                break;
            case OrderPartiallyFilled partial:
                o.FastSetDataProperty("fill", Fill(engine, partial.Fill));
                break;
            case OrderRejected rejected:
                o.FastSetDataProperty("code", new JsString(Camel(rejected.Code.ToString())));
                o.FastSetDataProperty("reason", new JsString(rejected.Reason));
                break;
            case OrderCanceled canceled:
                o.FastSetDataProperty("reason", new JsString(canceled.Reason));
                break;
        }
        return o;
    }

    /// <summary>An enum value as a lower-camel JavaScript string (<c>StopLimit</c> becomes <c>'stopLimit'</c>).</summary>
    public static JsString Name<TEnum>(TEnum value) where TEnum : struct, Enum => new(Camel(value.ToString()));

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
