using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Sdk.Orders;

/// <summary>
/// An immutable snapshot of an order's state. The kernel replaces the snapshot on every lifecycle event,
/// so a reference held by a strategy or a reader thread never changes under it.
/// </summary>
/// <param name="OrderId">Kernel-assigned id, increasing in submission order.</param>
/// <param name="ClientOrderId">Unique client order id (deterministic unless the strategy chose it).</param>
/// <param name="Symbol">Instrument.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Type">Order type.</param>
/// <param name="Quantity">Total ordered quantity (positive).</param>
/// <param name="CreatedTime">Engine time (UTC) at which the order was submitted.</param>
public sealed record Order(long OrderId, string ClientOrderId, Symbol Symbol, OrderSide Side, OrderType Type, decimal Quantity, DateTime CreatedTime)
{
    /// <summary>Limit price, when the type has one.</summary>
    public decimal? LimitPrice { get; init; }

    /// <summary>Stop price, when the type has one.</summary>
    public decimal? StopPrice { get; init; }

    /// <summary>Trailing offset of a trailing stop.</summary>
    public decimal? TrailingOffset { get; init; }

    /// <summary>How <see cref="TrailingOffset"/> is expressed.</summary>
    public TrailingType TrailingType { get; init; }

    /// <summary>Time in force.</summary>
    public TimeInForce TimeInForce { get; init; }

    /// <summary>Free text from the request.</summary>
    public string? Tag { get; init; }

    /// <summary>One-cancels-other group from the request, if any.</summary>
    public string? OcoGroup { get; init; }

    /// <summary>Current lifecycle state.</summary>
    public OrderStatus Status { get; init; } = OrderStatus.Submitted;

    /// <summary>Quantity filled so far.</summary>
    public decimal FilledQuantity { get; init; }

    /// <summary>Total value filled so far (sum of fill price x quantity), exact.</summary>
    public decimal FilledValue { get; init; }

    /// <summary>Commission paid on this order's fills so far.</summary>
    public decimal Commission { get; init; }

    /// <summary>Engine time (UTC) of the last change.</summary>
    public DateTime LastUpdateTime { get; init; }

    /// <summary>Quantity still to fill.</summary>
    public decimal RemainingQuantity => Quantity - FilledQuantity;

    /// <summary>Volume-weighted average fill price, or 0 before the first fill.</summary>
    public decimal AverageFillPrice => FilledQuantity == 0m ? 0m : FilledValue / FilledQuantity;

    /// <summary>Signed ordered quantity: positive for buys, negative for sells.</summary>
    public decimal SignedQuantity => Side == OrderSide.Buy ? Quantity : -Quantity;

    /// <summary>True while the order can still fill.</summary>
    public bool IsOpen => Status.IsOpen();
}
