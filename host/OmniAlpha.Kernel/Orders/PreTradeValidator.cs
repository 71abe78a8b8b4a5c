using OmniAlpha.Kernel.Accounting;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;
using static System.FormattableString;

namespace OmniAlpha.Kernel.Orders;

/// <summary>
/// Checks an order before it reaches the brokerage: quantity and prices well formed and on the instrument's
/// lot and tick grid, and affordable given the account type, current positions and what open orders already
/// reserve. Every rejection carries a code and a sentence that says why.
/// </summary>
internal sealed class PreTradeValidator(PortfolioLedger portfolio)
{
    /// <summary>
    /// Checks <paramref name="request"/> against the account. For an amendment, <paramref name="replacingOrderId"/> is
    /// the order being changed: its current reservation is left out, as the amended terms replace it.
    /// </summary>
    public OrderCheck Validate(OrderRequest request, Instrument instrument, decimal referencePrice, OpenOrderView openOrders, long replacingOrderId = 0)
    {
        var shape = ValidateShape(request, instrument);
        if (!shape.Passed) return shape;
        if (referencePrice <= 0m)
            return OrderCheck.Fail(RejectReason.InvalidPrice, $"no market price seen yet for {request.Symbol}");

        var position = portfolio.Ledger(request.Symbol);
        decimal signed = request.Side == OrderSide.Buy ? request.Quantity : -request.Quantity;
        decimal pendingSameSymbol = 0m, reservedValue = 0m;
        for (int i = 0; i < openOrders.Count; i++)
        {
            var o = openOrders[i];
            if (o.OrderId == replacingOrderId) continue; // an amendment replaces this order's reservation
            if (o.Symbol == request.Symbol) pendingSameSymbol += o.Side == OrderSide.Buy ? o.RemainingQuantity : -o.RemainingQuantity;
            reservedValue += ReservedValue(o);
        }

        // Exit orders may overlap (a take-profit and a stop-loss both selling the same shares), so the short-sale
        // check looks at the position alone; the fill guard stops a second exit from ever making it short.
        if (position.Quantity + signed < 0m && !portfolio.Account.AllowsShortSelling)
        {
            return OrderCheck.Fail(RejectReason.ShortSellingNotAllowed, Invariant(
                $"sell of {request.Quantity} {request.Symbol} exceeds the position of {position.Quantity}; a cash account cannot sell short"));
        }

        decimal projected = position.Quantity + pendingSameSymbol + signed;

        // Only the part of the order that increases exposure needs buying power; in a cash account that is a buy.
        decimal current = position.Quantity + pendingSameSymbol;
        decimal increase = portfolio.Account.Type == AccountType.Cash
            ? (request.Side == OrderSide.Buy ? request.Quantity : 0m)
            : Math.Max(0m, Math.Abs(projected) - Math.Abs(current));
        if (increase == 0m) return OrderCheck.Pass;
        decimal price = PriceForSizing(request, referencePrice);
        decimal required = increase * price * instrument.Multiplier;
        decimal available = portfolio.BuyingPower - reservedValue;
        if (required > available)
        {
            string what = portfolio.Account.Type == AccountType.Cash ? "available cash" : "available margin buying power";
            return OrderCheck.Fail(RejectReason.InsufficientBuyingPower, Invariant(
                $"order value {required} ({increase} x {price}) exceeds {what} {available}"));
        }
        return OrderCheck.Pass;
    }

    /// <summary>Checks quantity, lot size, and the prices each order type needs.</summary>
    public static OrderCheck ValidateShape(OrderRequest request, Instrument instrument)
    {
        if (request.Quantity <= 0m)
            return OrderCheck.Fail(RejectReason.InvalidQuantity, Invariant($"quantity must be positive (got {request.Quantity})"));
        if (!instrument.IsValidQuantity(request.Quantity))
            return OrderCheck.Fail(RejectReason.InvalidQuantity, Invariant($"quantity {request.Quantity} is not a multiple of the lot size {instrument.LotSize}"));
        bool needsLimit = request.Type is OrderType.Limit or OrderType.StopLimit;
        bool needsStop = request.Type is OrderType.Stop or OrderType.StopLimit;
        var limit = CheckPrice("limit", request.LimitPrice, needsLimit, instrument);
        if (!limit.Passed) return limit;
        var stop = CheckPrice("stop", request.StopPrice, needsStop, instrument);
        if (!stop.Passed) return stop;
        if (request.Type == OrderType.TrailingStop)
        {
            if (request.TrailingOffset is not { } offset || offset <= 0m)
                return OrderCheck.Fail(RejectReason.InvalidPrice, "a trailing stop needs a positive trailing offset");
            if (request.TrailingType == TrailingType.Percent && offset >= 1m)
                return OrderCheck.Fail(RejectReason.InvalidPrice, Invariant($"a percent trailing offset is a fraction below 1 (got {offset})"));
        }
        if (request.TimeInForce is TimeInForce.Ioc or TimeInForce.Fok && request.Type is OrderType.MarketOnOpen or OrderType.MarketOnClose)
            return OrderCheck.Fail(RejectReason.Unsupported, $"{request.TimeInForce} is not supported for {request.Type} orders");
        return OrderCheck.Pass;
    }

    private static OrderCheck CheckPrice(string name, decimal? value, bool required, Instrument instrument)
    {
        if (value is null)
            return required ? OrderCheck.Fail(RejectReason.InvalidPrice, $"a {name} price is required") : OrderCheck.Pass;
        if (value <= 0m) return OrderCheck.Fail(RejectReason.InvalidPrice, Invariant($"{name} price must be positive (got {value})"));
        if (value.Value % instrument.TickSize != 0m)
            return OrderCheck.Fail(RejectReason.InvalidPrice, Invariant($"{name} price {value} is not a multiple of the tick size {instrument.TickSize}"));
        return OrderCheck.Pass;
    }

    /// <summary>A buy limit is sized at its limit; everything else at the reference (last) price.</summary>
    private static decimal PriceForSizing(OrderRequest request, decimal referencePrice) =>
        request.Side == OrderSide.Buy && request.LimitPrice is { } limit ? Math.Max(limit, 0m) : referencePrice;

    private decimal ReservedValue(Order order)
    {
        // Open buy orders reserve their value in a cash account; on margin every open order reserves exposure.
        if (portfolio.Account.Type == AccountType.Cash && order.Side == OrderSide.Sell) return 0m;
        var position = portfolio.Ledger(order.Symbol);
        decimal price = order.LimitPrice ?? order.StopPrice ?? position.LastPrice;
        bool reduces = order.Side == OrderSide.Buy ? position.Quantity < 0m : position.Quantity > 0m;
        if (reduces) return 0m;
        return order.RemainingQuantity * price * position.Instrument.Multiplier;
    }
}
