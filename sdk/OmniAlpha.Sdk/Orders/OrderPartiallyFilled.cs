namespace OmniAlpha.Sdk.Orders;

/// <summary>Part of the order filled; some quantity remains working.</summary>
public sealed record OrderPartiallyFilled(Order Order, DateTime Time, Fill Fill) : OrderEvent(Order, Time)
{
    /// <inheritdoc />
    public override string Kind => "PartiallyFilled";
}
