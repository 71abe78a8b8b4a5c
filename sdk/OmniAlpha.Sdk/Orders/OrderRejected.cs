namespace OmniAlpha.Sdk.Orders;

/// <summary>The order was refused, with a code and a reason.</summary>
public sealed record OrderRejected(Order Order, DateTime Time, RejectReason Code, string Reason) : OrderEvent(Order, Time)
{
    /// <inheritdoc />
    public override string Kind => "Rejected";
}
