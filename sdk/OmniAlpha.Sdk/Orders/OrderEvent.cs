using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Sdk.Orders;

/// <summary>
/// Base of every immutable order lifecycle event. <see cref="Order"/> is the order's state right after the event.
/// </summary>
/// <param name="Order">Snapshot of the order after this event.</param>
/// <param name="Time">Engine time (UTC) at which the event happened.</param>
public abstract record OrderEvent(Order Order, DateTime Time)
{
    /// <summary>Order id.</summary>
    public long OrderId => Order.OrderId;

    /// <summary>Symbol of the order.</summary>
    public Symbol Symbol => Order.Symbol;

    /// <summary>Short name of the event kind, e.g. <c>Filled</c>.</summary>
    public abstract string Kind { get; }
}
