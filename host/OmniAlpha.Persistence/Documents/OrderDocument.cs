using LiteDB;
using OmniAlpha.Sdk.Orders;
using static OmniAlpha.Persistence.Documents.DocumentFields;

namespace OmniAlpha.Persistence.Documents;

/// <summary>Every field of an SDK <see cref="Order"/> snapshot as a document, and back.</summary>
internal static class OrderDocument
{
    public static BsonDocument ToDocument(Order order) => new()
    {
        ["orderId"] = order.OrderId,
        ["clientOrderId"] = order.ClientOrderId,
        ["symbol"] = order.Symbol.Value,
        ["side"] = Enum(order.Side),
        ["type"] = Enum(order.Type),
        ["quantity"] = order.Quantity,
        ["createdTicks"] = Time(order.CreatedTime),
        ["limitPrice"] = Nullable(order.LimitPrice),
        ["stopPrice"] = Nullable(order.StopPrice),
        ["trailingOffset"] = Nullable(order.TrailingOffset),
        ["trailingType"] = Enum(order.TrailingType),
        ["timeInForce"] = Enum(order.TimeInForce),
        ["tag"] = Nullable(order.Tag),
        ["ocoGroup"] = Nullable(order.OcoGroup),
        ["status"] = Enum(order.Status),
        ["filledQuantity"] = order.FilledQuantity,
        ["filledValue"] = order.FilledValue,
        ["commission"] = order.Commission,
        ["lastUpdateTicks"] = Time(order.LastUpdateTime),
    };

    public static Order FromDocument(BsonDocument doc) =>
        new(Int64(doc, "orderId"), String(doc, "clientOrderId"), String(doc, "symbol"), Enum<OrderSide>(doc, "side"),
            Enum<OrderType>(doc, "type"), Decimal(doc, "quantity"), Time(doc, "createdTicks"))
        {
            LimitPrice = NullableDecimal(doc, "limitPrice"),
            StopPrice = NullableDecimal(doc, "stopPrice"),
            TrailingOffset = NullableDecimal(doc, "trailingOffset"),
            TrailingType = Enum<TrailingType>(doc, "trailingType"),
            TimeInForce = Enum<TimeInForce>(doc, "timeInForce"),
            Tag = NullableString(doc, "tag"),
            OcoGroup = NullableString(doc, "ocoGroup"),
            Status = Enum<OrderStatus>(doc, "status"),
            FilledQuantity = Decimal(doc, "filledQuantity"),
            FilledValue = Decimal(doc, "filledValue"),
            Commission = Decimal(doc, "commission"),
            LastUpdateTime = Time(doc, "lastUpdateTicks"),
        };
}
