using OmniAlpha.Kernel.Accounting;
using OmniAlpha.Kernel.Orders;
using OmniAlpha.Sdk.Orders;
using static System.FormattableString;

namespace OmniAlpha.Kernel.Live;

/// <summary>
/// Enforces a strategy's effective trading state on every new order (cancels are never checked): ACTIVE accepts;
/// REDUCING accepts only an order on the opposite side of the current position whose quantity, together with the other
/// open orders that reduce it, does not exceed the position; HALTED rejects everything. Effective state = the stricter
/// of the strategy's and the host's.
/// </summary>
internal sealed class TradingStateGate(PortfolioLedger portfolio, Func<OrderRouter> router, Func<TradingState> effectiveState)
{
    public OrderCheck Check(OrderRequest request)
    {
        var state = effectiveState();
        if (state == TradingState.Active) return OrderCheck.Pass;
        if (state == TradingState.Halted)
            return OrderCheck.Fail(RejectReason.TradingHalted, "trading is HALTED for this strategy: no new orders (cancels are allowed)");
        decimal position = portfolio.Ledger(request.Symbol).Quantity;
        bool opposite = position > 0m ? request.Side == OrderSide.Sell : position < 0m && request.Side == OrderSide.Buy;
        if (!opposite)
            return OrderCheck.Fail(RejectReason.ReduceOnly,
                Invariant($"trading is REDUCING: only orders that reduce the position are accepted ({request.Symbol} position {position}, order {request.Side})"));
        decimal reducing = 0m;
        foreach (var open in router().GetOpenOrders(request.Symbol))
            if (open.Side == request.Side) reducing += open.RemainingQuantity;
        decimal room = Math.Abs(position) - reducing;
        if (request.Quantity > room)
            return OrderCheck.Fail(RejectReason.ReduceOnly,
                Invariant($"trading is REDUCING: quantity {request.Quantity} exceeds the position left to reduce ({room} = |{position}| - {reducing} in open reducing orders)"));
        return OrderCheck.Pass;
    }
}
