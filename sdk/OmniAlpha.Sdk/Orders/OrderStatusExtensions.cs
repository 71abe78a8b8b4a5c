namespace OmniAlpha.Sdk.Orders;

/// <summary>Queries on <see cref="OrderStatus"/>.</summary>
public static class OrderStatusExtensions
{
    /// <summary>True when no further event can change the order.</summary>
    public static bool IsTerminal(this OrderStatus status) =>
        status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired;

    /// <summary>True while the order can still fill.</summary>
    public static bool IsOpen(this OrderStatus status) => !status.IsTerminal();
}
