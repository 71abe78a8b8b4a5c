namespace OmniAlpha.Sdk.Orders;

/// <summary>The order was amended: new quantity and/or prices are in <see cref="OrderEvent.Order"/>.</summary>
public sealed record OrderUpdated(Order Order, DateTime Time) : OrderEvent(Order, Time)
{
    /// <inheritdoc />
    public override string Kind => "Updated";
}
