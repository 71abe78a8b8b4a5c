namespace OmniAlpha.Sdk.Orders;

/// <summary>The order (or its unfilled remainder) was canceled.</summary>
public sealed record OrderCanceled(Order Order, DateTime Time, string Reason) : OrderEvent(Order, Time)
{
    /// <inheritdoc />
    public override string Kind => "Canceled";
}
