using LiteDB;
using OmniAlpha.Sdk.Orders;
using static OmniAlpha.Persistence.Documents.DocumentFields;

namespace OmniAlpha.Persistence.Documents;

/// <summary>Every field of an SDK <see cref="Fill"/> as a document, and back.</summary>
internal static class FillDocument
{
    public static BsonDocument ToDocument(Fill fill) => new()
    {
        ["fillId"] = fill.FillId,
        ["orderId"] = fill.OrderId,
        ["clientOrderId"] = fill.ClientOrderId,
        ["symbol"] = fill.Symbol.Value,
        ["timeTicks"] = Time(fill.Time),
        ["side"] = Enum(fill.Side),
        ["quantity"] = fill.Quantity,
        ["price"] = fill.Price,
        ["commission"] = fill.Commission,
        ["slippage"] = fill.Slippage,
        ["liquidity"] = Enum(fill.Liquidity),
    };

    public static Fill FromDocument(BsonDocument doc) =>
        new(Int64(doc, "fillId"), Int64(doc, "orderId"), String(doc, "clientOrderId"), String(doc, "symbol"),
            Time(doc, "timeTicks"), Enum<OrderSide>(doc, "side"), Decimal(doc, "quantity"), Decimal(doc, "price"),
            Decimal(doc, "commission"), Decimal(doc, "slippage"), Enum<Liquidity>(doc, "liquidity"));
}
