namespace OmniAlpha.Sdk.Orders;

/// <summary>The last of the order's quantity filled.</summary>
public sealed record OrderFilled(Order Order, DateTime Time, Fill Fill) : OrderEvent(Order, Time)
{
    /// <inheritdoc />
    public override string Kind => "Filled";
}
