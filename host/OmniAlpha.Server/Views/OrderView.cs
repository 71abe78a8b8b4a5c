using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Server.Views;

/// <summary>An order of a strategy as the API shows it.</summary>
public sealed record OrderView(
    string StrategyId,
    long OrderId,
    string ClientOrderId,
    string Symbol,
    OrderSide Side,
    OrderType Type,
    decimal Quantity,
    decimal? LimitPrice,
    decimal? StopPrice,
    TimeInForce TimeInForce,
    OrderStatus Status,
    decimal FilledQuantity,
    decimal AverageFillPrice,
    decimal Commission,
    string? Tag,
    DateTime CreatedTimeUtc,
    DateTime LastUpdateTimeUtc)
{
    /// <summary>The view of <paramref name="order"/>.</summary>
    public static OrderView From(string strategyId, Order order) => new(strategyId, order.OrderId, order.ClientOrderId,
        order.Symbol.ToString(), order.Side, order.Type, order.Quantity, order.LimitPrice, order.StopPrice, order.TimeInForce,
        order.Status, order.FilledQuantity, order.AverageFillPrice, order.Commission, order.Tag, order.CreatedTime,
        order.LastUpdateTime);
}
