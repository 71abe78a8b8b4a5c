using Jint;
using Jint.Native;
using Jint.Native.Object;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Scripting.JavaScript.Api;

/// <summary>
/// Order tickets as scripts see them: an object with the read-only <c>id</c> and <c>clientOrderId</c> whose shared,
/// frozen prototype reads the kernel's live state (<c>status</c>, <c>filledQuantity</c>, <c>averageFillPrice</c>,
/// <c>isOpen</c>, <c>order</c>) and offers <c>cancel()</c> and <c>amend({ quantity, limitPrice, stopPrice })</c>,
/// like the C# <see cref="OrderTicket"/>.
/// </summary>
internal sealed class TicketFactory
{
    private const string Function = "ticket";
    private readonly Engine _engine;
    private readonly IJavaScriptStrategyHost _host;
    private readonly ObjectInstance _prototype;

    /// <summary>Builds the shared prototype in <paramref name="engine"/>.</summary>
    public TicketFactory(Engine engine, IJavaScriptStrategyHost host)
    {
        _engine = engine;
        _host = host;
        _prototype = new JsObject(engine);
        JsInterop.Getter(_prototype, engine, "status", self => OrderViews.Name(OrderOf(self).Status));
        JsInterop.Getter(_prototype, engine, "filledQuantity", self => JsInterop.Number(OrderOf(self).FilledQuantity));
        JsInterop.Getter(_prototype, engine, "averageFillPrice", self => JsInterop.Number(OrderOf(self).AverageFillPrice));
        JsInterop.Getter(_prototype, engine, "isOpen", self => OrderOf(self).IsOpen ? JsBoolean.True : JsBoolean.False);
        JsInterop.Getter(_prototype, engine, "order", self => OrderViews.Order(engine, OrderOf(self)));
        JsInterop.Method(_prototype, engine, "cancel", 0, (self, _) => _host.Context.Cancel(IdOf(self)) ? JsBoolean.True : JsBoolean.False);
        JsInterop.Method(_prototype, engine, "amend", 1, (self, args) => Amend(IdOf(self), JsInterop.At(args, 0)) ? JsBoolean.True : JsBoolean.False);
        JsInterop.Seal(_prototype);
    }

    /// <summary>The ticket object for <paramref name="ticket"/>, or null.</summary>
    public JsValue Create(OrderTicket? ticket)
    {
        if (ticket is null) return JsValue.Null;
        var o = new JsObject(_engine);
        o.Prototype = _prototype;
        JsInterop.Constant(o, "id", JsNumber.Create(ticket.OrderId));
        JsInterop.Constant(o, "clientOrderId", new JsString(ticket.Order.ClientOrderId));
        JsInterop.Constant(o, "symbol", new JsString(ticket.Order.Symbol.Value));
        JsInterop.Seal(o);
        return o;
    }

    /// <summary>The order id a script passed to <c>cancel</c>: a ticket, an order snapshot or a number.</summary>
    public static long IdOf(JsValue value)
    {
        if (value is JsNumber number) return (long)number.AsNumber();
        if (value is ObjectInstance o && o.Get("id") is JsNumber id) return (long)id.AsNumber();
        throw new ArgumentException($"{Function}: expected an order ticket or an order id, got {JsInterop.Describe(value)}.");
    }

    private Order OrderOf(JsValue self) =>
        _host.Context.GetOrder(IdOf(self)) ?? throw new InvalidOperationException($"{Function}: order {IdOf(self)} is unknown.");

    private bool Amend(long id, JsValue changes)
    {
        if (changes is not ObjectInstance o) throw new ArgumentException("amend: expected { quantity, limitPrice, stopPrice }.");
        var amendment = new OrderAmendment(Optional(o, "quantity"), Optional(o, "limitPrice"), Optional(o, "stopPrice"));
        return _host.Context.Amend(id, amendment);
    }

    private static decimal? Optional(ObjectInstance o, string name)
    {
        var value = o.Get(name);
        if (value.IsNullOrUndefined()) return null;
        return JsInterop.Decimal([value], 0, "amend", name);
    }
}
