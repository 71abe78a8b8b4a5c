using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Plugins.Simulated.Tests.Support;

/// <summary>A listener that records every callback and can react to one (to test re-entrancy).</summary>
public sealed class RecordingListener : IBrokerageListener
{
    public List<BrokerEvent> Events { get; } = new();

    /// <summary>Called after each event is recorded, inside the exchange's callback.</summary>
    public Action<BrokerEvent>? Reaction { get; set; }

    public IEnumerable<BrokerEvent> Fills => Events.Where(e => e.Kind == BrokerEventKind.Fill);

    public IReadOnlyList<BrokerEvent> For(long orderId) => Events.Where(e => e.OrderId == orderId).ToList();

    public IReadOnlyList<BrokerEvent> FillsOf(long orderId) => Fills.Where(e => e.OrderId == orderId).ToList();

    public BrokerEvent Last => Events[^1];

    public void OnAccepted(long orderId, DateTime time) => Record(new BrokerEvent(BrokerEventKind.Accepted, orderId, time));

    public void OnRejected(long orderId, DateTime time, RejectReason code, string reason) =>
        Record(new BrokerEvent(BrokerEventKind.Rejected, orderId, time) { Code = code, Reason = reason });

    public void OnFill(long orderId, DateTime time, decimal quantity, decimal price, decimal commission, decimal slippage, Liquidity liquidity) =>
        Record(new BrokerEvent(BrokerEventKind.Fill, orderId, time)
        {
            Quantity = quantity, Price = price, Commission = commission, Slippage = slippage, Liquidity = liquidity,
        });

    public void OnCanceled(long orderId, DateTime time, string reason) =>
        Record(new BrokerEvent(BrokerEventKind.Canceled, orderId, time) { Reason = reason });

    public void OnUpdated(long orderId, DateTime time, OrderAmendment amendment) =>
        Record(new BrokerEvent(BrokerEventKind.Updated, orderId, time) { Amendment = amendment });

    public void OnExpired(long orderId, DateTime time) => Record(new BrokerEvent(BrokerEventKind.Expired, orderId, time));

    private void Record(BrokerEvent e)
    {
        Events.Add(e);
        Reaction?.Invoke(e);
    }
}
