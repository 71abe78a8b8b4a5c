using LiteDB;
using OmniAlpha.Sdk.Orders;
using static OmniAlpha.Persistence.Documents.DocumentFields;

namespace OmniAlpha.Persistence.Documents;

/// <summary>
/// The polymorphic <see cref="OrderEvent"/> as one document: a "kind" discriminator (the event's own
/// <see cref="OrderEvent.Kind"/>), the order snapshot, the time, and the subtype's fields (fill, code, reason).
/// </summary>
internal static class OrderEventDocument
{
    public static BsonDocument ToDocument(OrderEvent orderEvent)
    {
        var doc = new BsonDocument
        {
            ["kind"] = orderEvent.Kind,
            ["order"] = OrderDocument.ToDocument(orderEvent.Order),
            ["timeTicks"] = Time(orderEvent.Time),
        };
        switch (orderEvent)
        {
            case OrderSubmitted or OrderAccepted or OrderCancelRequested or OrderUpdated or OrderExpired:
                break;
            case OrderRejected rejected:
                doc["code"] = Enum(rejected.Code);
                doc["reason"] = rejected.Reason;
                break;
            case OrderCanceled canceled:
                doc["reason"] = canceled.Reason;
                break;
            case OrderPartiallyFilled partial:
                doc["fill"] = FillDocument.ToDocument(partial.Fill);
                break;
            case OrderFilled filled:
                doc["fill"] = FillDocument.ToDocument(filled.Fill);
                break;
            default:
                throw new InvalidDataException($"order event type {orderEvent.GetType().Name} has no stored form");
        }
        return doc;
    }

    public static OrderEvent FromDocument(BsonDocument doc)
    {
        var order = OrderDocument.FromDocument(Document(doc, "order"));
        var time = Time(doc, "timeTicks");
        string kind = String(doc, "kind");
        return kind switch
        {
            "Submitted" => new OrderSubmitted(order, time),
            "Accepted" => new OrderAccepted(order, time),
            "Rejected" => new OrderRejected(order, time, Enum<RejectReason>(doc, "code"), String(doc, "reason")),
            "PartiallyFilled" => new OrderPartiallyFilled(order, time, FillDocument.FromDocument(Document(doc, "fill"))),
            "Filled" => new OrderFilled(order, time, FillDocument.FromDocument(Document(doc, "fill"))),
            "Canceled" => new OrderCanceled(order, time, String(doc, "reason")),
            "CancelRequested" => new OrderCancelRequested(order, time),
            "Updated" => new OrderUpdated(order, time),
            "Expired" => new OrderExpired(order, time),
            _ => throw new InvalidDataException($"field 'kind' holds '{kind}', which is not an order event kind"),
        };
    }
}
