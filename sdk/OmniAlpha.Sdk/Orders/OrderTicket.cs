using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Sdk.Orders;

/// <summary>
/// A strategy's handle on an order it placed: read the live state, cancel it, amend it. Holds no state
/// of its own; every read returns the kernel's current snapshot.
/// </summary>
public sealed class OrderTicket
{
    private readonly IStrategyContext _context;

    /// <summary>Creates a ticket for <paramref name="orderId"/> (used by engines).</summary>
    public OrderTicket(IStrategyContext context, long orderId)
    {
        _context = context;
        OrderId = orderId;
    }

    /// <summary>Kernel order id.</summary>
    public long OrderId { get; }

    /// <summary>The order's current snapshot.</summary>
    public Order Order => _context.GetOrder(OrderId) ?? throw new InvalidOperationException($"Order {OrderId} is unknown.");

    /// <summary>Current status.</summary>
    public OrderStatus Status => Order.Status;

    /// <summary>Quantity filled so far.</summary>
    public decimal FilledQuantity => Order.FilledQuantity;

    /// <summary>Average fill price so far (0 before the first fill).</summary>
    public decimal AverageFillPrice => Order.AverageFillPrice;

    /// <summary>True while the order can still fill.</summary>
    public bool IsOpen => Order.IsOpen;

    /// <summary>Requests cancellation.</summary>
    public bool Cancel() => _context.Cancel(OrderId);

    /// <summary>Requests an amendment.</summary>
    public bool Amend(decimal? quantity = null, decimal? limitPrice = null, decimal? stopPrice = null) =>
        _context.Amend(OrderId, new OrderAmendment(quantity, limitPrice, stopPrice));

    /// <inheritdoc />
    public override string ToString() => Order.ToString();
}
