namespace OmniAlpha.Sdk.Orders;

/// <summary>The brokerage acknowledged the order; it is working.</summary>
public sealed record OrderAccepted(Order Order, DateTime Time) : OrderEvent(Order, Time)
{
    /// <inheritdoc />
    public override string Kind => "Accepted";
}
