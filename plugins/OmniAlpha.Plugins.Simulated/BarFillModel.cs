using OmniAlpha.Sdk.Execution;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Plugins.Simulated;

/// <summary>
/// The default fill model: matches an order against one OHLC bar without assuming any path inside the bar.
/// <list type="bullet">
/// <item><b>Market</b>: the bar's open (taker).</item>
/// <item><b>MarketOnOpen</b>: the open of a session's first bar (<see cref="FillContext.IsSessionOpenBar"/>); taker.</item>
/// <item><b>MarketOnClose</b>: the close of the bar that ends at the session close (<see cref="FillContext.IsSessionCloseBar"/>); taker.</item>
/// <item><b>Limit</b>: a buy fills when low &lt;= limit at min(limit, open), a sell when high &gt;= limit at max(limit, open).
/// Maker when it trades at its limit, taker when a gap gave it the better open.</item>
/// <item><b>Stop</b>: a buy triggers when high &gt;= stop and fills at max(stop, open), a sell when low &lt;= stop at
/// min(stop, open): a gap through the level fills at the open. Taker. Once triggered
/// (<see cref="FillContext.StopTriggered"/>, e.g. a remainder left by a volume cap) it fills at later opens.</item>
/// <item><b>StopLimit</b>: a buy triggers when high &gt;= stop and stays triggered. On the trigger bar it fills if
/// low &lt;= limit at min(limit, max(stop, open)): taker when the trigger price was within the limit, maker when it
/// had to rest at its limit. On later bars it is a plain limit order. Sells mirror this.</item>
/// <item><b>TrailingStop</b>: a stop at <see cref="FillContext.TrailingStopPrice"/>, the level the exchange computed
/// from earlier bars only; no fill while that level is 0 (unknown).</item>
/// </list>
/// </summary>
public sealed class BarFillModel : IFillModel
{
    /// <inheritdoc />
    public FillDecision Evaluate(in FillContext context, in Bar bar)
    {
        Order order = context.Order;
        bool buy = order.Side == OrderSide.Buy;
        switch (order.Type)
        {
            case OrderType.Market:
                return new FillDecision(true, bar.Open, Liquidity.Taker, false);
            case OrderType.MarketOnOpen:
                return context.IsSessionOpenBar ? new FillDecision(true, bar.Open, Liquidity.Taker, false) : FillDecision.None;
            case OrderType.MarketOnClose:
                return context.IsSessionCloseBar ? new FillDecision(true, bar.Close, Liquidity.Taker, false) : FillDecision.None;
            case OrderType.Limit:
                return Limit(buy, Required(order.LimitPrice, order), in bar, stopTriggered: false);
            case OrderType.Stop:
                return Stop(buy, Required(order.StopPrice, order), context.StopTriggered, in bar);
            case OrderType.StopLimit:
                return StopLimit(buy, Required(order.StopPrice, order), Required(order.LimitPrice, order), context.StopTriggered, in bar);
            case OrderType.TrailingStop:
                return context.TrailingStopPrice > 0m
                    ? Stop(buy, context.TrailingStopPrice, context.StopTriggered, in bar)
                    : FillDecision.None;
            default:
                throw new ArgumentOutOfRangeException(nameof(context), order.Type, "Unknown order type.");
        }
    }

    private static FillDecision Limit(bool buy, decimal limit, in Bar bar, bool stopTriggered)
    {
        if (buy ? bar.Low > limit : bar.High < limit) return new FillDecision(false, 0m, Liquidity.Taker, stopTriggered);
        decimal price = buy ? Math.Min(limit, bar.Open) : Math.Max(limit, bar.Open);
        return new FillDecision(true, price, price == limit ? Liquidity.Maker : Liquidity.Taker, stopTriggered);
    }

    private static FillDecision Stop(bool buy, decimal stop, bool triggeredEarlier, in Bar bar)
    {
        // A stop that traded on an earlier bar is a market order now.
        if (triggeredEarlier) return new FillDecision(true, bar.Open, Liquidity.Taker, true);
        if (buy ? bar.High < stop : bar.Low > stop) return FillDecision.None;
        decimal price = buy ? Math.Max(stop, bar.Open) : Math.Min(stop, bar.Open);
        return new FillDecision(true, price, Liquidity.Taker, true);
    }

    private static FillDecision StopLimit(bool buy, decimal stop, decimal limit, bool triggeredEarlier, in Bar bar)
    {
        if (triggeredEarlier) return Limit(buy, limit, in bar, stopTriggered: true);
        if (buy ? bar.High < stop : bar.Low > stop) return FillDecision.None;

        // The price at which the stop traded: the level itself, or the open when the bar gapped through it.
        decimal triggerPrice = buy ? Math.Max(stop, bar.Open) : Math.Min(stop, bar.Open);
        bool marketable = buy ? triggerPrice <= limit : triggerPrice >= limit;
        if (marketable) return new FillDecision(true, triggerPrice, Liquidity.Taker, true);

        // Triggered beyond the limit: it rests at the limit and fills only if the bar came back to it.
        if (buy ? bar.Low > limit : bar.High < limit) return new FillDecision(false, 0m, Liquidity.Taker, true);
        return new FillDecision(true, limit, Liquidity.Maker, true);
    }

    private static decimal Required(decimal? price, Order order) =>
        price ?? throw new ArgumentException($"Order {order.OrderId} ({order.Type}) has no required price.", nameof(order));
}
