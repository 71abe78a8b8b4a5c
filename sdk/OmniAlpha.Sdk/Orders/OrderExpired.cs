namespace OmniAlpha.Sdk.Orders;

/// <summary>The order's time in force ran out before it filled completely.</summary>
public sealed record OrderExpired(Order Order, DateTime Time) : OrderEvent(Order, Time)
{
    /// <inheritdoc />
    public override string Kind => "Expired";
}
