namespace OmniAlpha.Sdk.Orders;

/// <summary>A cancel was requested.</summary>
public sealed record OrderCancelRequested(Order Order, DateTime Time) : OrderEvent(Order, Time)
{
    /// <inheritdoc />
    public override string Kind => "CancelRequested";
}
