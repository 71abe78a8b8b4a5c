namespace OmniAlpha.Sdk.Orders;

/// <summary>The kernel validated the order and sent it to the brokerage.</summary>
public sealed record OrderSubmitted(Order Order, DateTime Time) : OrderEvent(Order, Time)
{
    /// <inheritdoc />
    public override string Kind => "Submitted";
}
