using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Orders;

namespace PluginTests.Support;

/// <summary>Stands in for the kernel: records what a brokerage reports, one line per event.</summary>
public sealed class RecordingBrokerageListener : IBrokerageListener
{
    /// <summary>The events, e.g. <c>fill 1 10@100.5 commission 1</c>.</summary>
    public List<string> Events { get; } = new();

    /// <inheritdoc />
    public void OnAccepted(long orderId, DateTime time) => Events.Add($"accepted {orderId}");

    /// <inheritdoc />
    public void OnRejected(long orderId, DateTime time, RejectReason code, string reason) => Events.Add($"rejected {orderId} {code}: {reason}");

    /// <inheritdoc />
    public void OnFill(long orderId, DateTime time, decimal quantity, decimal price, decimal commission, decimal slippage, Liquidity liquidity) =>
        Events.Add($"fill {orderId} {quantity}@{price} commission {commission}");

    /// <inheritdoc />
    public void OnCanceled(long orderId, DateTime time, string reason) => Events.Add($"canceled {orderId}: {reason}");

    /// <inheritdoc />
    public void OnUpdated(long orderId, DateTime time, OrderAmendment amendment) => Events.Add($"updated {orderId}");

    /// <inheritdoc />
    public void OnExpired(long orderId, DateTime time) => Events.Add($"expired {orderId}");
}
