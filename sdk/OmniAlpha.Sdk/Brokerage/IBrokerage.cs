using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Sdk.Brokerage;

/// <summary>
/// A venue that executes orders: a simulated exchange in backtests, a paper or live broker otherwise.
/// The kernel validates orders before calling it; the brokerage reports everything back through the
/// <see cref="IBrokerageListener"/> it was connected with.
/// </summary>
public interface IBrokerage
{
    /// <summary>Display name.</summary>
    string Name { get; }

    /// <summary>Connects the brokerage to the kernel's event listener. Called once before any order.</summary>
    void Connect(IBrokerageListener listener);

    /// <summary>Sends a new order. The brokerage answers with accepted or rejected, then fills, cancels, expiry.</summary>
    void Submit(Order order);

    /// <summary>Requests cancellation of a working order.</summary>
    void Cancel(Order order);

    /// <summary>Requests an amendment of a working order's quantity or prices.</summary>
    void Amend(Order order, OrderAmendment amendment);
}
