using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;
using static System.FormattableString;

namespace OmniAlpha.Plugins.Simulated;

/// <summary>
/// What the simulated venue refuses at submission. The kernel validates orders first; these checks make the venue
/// safe on its own (an order it cannot work is rejected with a reason instead of misbehaving later).
/// </summary>
internal static class SubmissionRules
{
    /// <summary>Returns null when the exchange can work the order, otherwise why not (and the reason code).</summary>
    /// <remarks>Enum ranges are checked against their last member (the enums are contiguous from 0): cheaper than Enum.IsDefined.</remarks>
    public static string? Check(Order order, Instrument instrument, out RejectReason code)
    {
        code = RejectReason.InvalidQuantity;
        if (order.Quantity <= 0m || !instrument.IsValidQuantity(order.Quantity))
            return Invariant($"quantity {order.Quantity} is not a positive multiple of the lot size {instrument.LotSize}");

        code = RejectReason.Unsupported;
        if ((uint)order.Type > (uint)OrderType.MarketOnClose) return Invariant($"order type {(int)order.Type} is not supported");
        if ((uint)order.TimeInForce > (uint)TimeInForce.Fok) return Invariant($"time in force {(int)order.TimeInForce} is not supported");
        if (order.TimeInForce is TimeInForce.Ioc or TimeInForce.Fok && order.Type is OrderType.MarketOnOpen or OrderType.MarketOnClose)
            return Invariant($"{order.TimeInForce} is not supported for {order.Type} orders");

        code = RejectReason.InvalidPrice;
        if (order.Type is OrderType.Limit or OrderType.StopLimit)
        {
            string? problem = CheckPrice("limit", order.LimitPrice, instrument);
            if (problem is not null) return problem;
        }

        if (order.Type is OrderType.Stop or OrderType.StopLimit)
        {
            string? problem = CheckPrice("stop", order.StopPrice, instrument);
            if (problem is not null) return problem;
        }

        if (order.Type == OrderType.TrailingStop)
        {
            if (order.TrailingOffset is not decimal offset || offset <= 0m)
                return "a trailing stop needs a positive trailing offset";
            if (order.TrailingType == TrailingType.Percent && offset >= 1m)
                return Invariant($"a percent trailing offset is a fraction below 1 (0.05 = 5 %), got {offset}");
            if ((uint)order.TrailingType > (uint)TrailingType.Percent) return Invariant($"trailing type {(int)order.TrailingType} is not supported");
        }

        return null;
    }

    private static string? CheckPrice(string name, decimal? price, Instrument instrument)
    {
        if (price is not decimal value || value <= 0m) return $"a {name} price is required and must be positive";
        if (value % instrument.TickSize != 0m) return Invariant($"{name} price {value} is not a multiple of the tick size {instrument.TickSize}");
        return null;
    }
}
