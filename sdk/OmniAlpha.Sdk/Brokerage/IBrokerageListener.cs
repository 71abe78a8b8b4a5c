using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Sdk.Brokerage;

/// <summary>
/// The kernel's side of a brokerage connection. Callbacks carry plain values so a brokerage never allocates
/// to report; the kernel builds the immutable <see cref="OrderEvent"/>s and applies fills to the portfolio.
/// </summary>
public interface IBrokerageListener
{
    /// <summary>The order is working at the venue.</summary>
    void OnAccepted(long orderId, DateTime time);

    /// <summary>The venue refused the order.</summary>
    void OnRejected(long orderId, DateTime time, RejectReason code, string reason);

    /// <summary>Part or all of the order traded.</summary>
    void OnFill(long orderId, DateTime time, decimal quantity, decimal price, decimal commission, decimal slippage, Liquidity liquidity);

    /// <summary>The order or its remainder was canceled.</summary>
    void OnCanceled(long orderId, DateTime time, string reason);

    /// <summary>An amendment took effect.</summary>
    void OnUpdated(long orderId, DateTime time, OrderAmendment amendment);

    /// <summary>The order's time in force ran out.</summary>
    void OnExpired(long orderId, DateTime time);
}
