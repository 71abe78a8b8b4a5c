using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Plugins.Simulated;

/// <summary>
/// The exchange's mutable state of one working order: its latest snapshot (fills and amendments applied) and
/// what the matching needs to remember between bars.
/// </summary>
internal sealed class WorkingOrder
{
    public WorkingOrder(Order order, DateTime eligibleAfter)
    {
        Order = order;
        EligibleAfter = eligibleAfter;
    }

    /// <summary>Latest snapshot as the exchange sees it (filled quantity, commission, amended prices).</summary>
    public Order Order { get; set; }

    /// <summary>The order may only trade on bars ending strictly after this time (no look-ahead).</summary>
    public DateTime EligibleAfter { get; set; }

    /// <summary>True once a stop (of a stop, stop-limit or trailing stop order) has traded.</summary>
    public bool StopTriggered { get; set; }

    /// <summary>True once the order has been looked at on an eligible bar (IOC, FOK and DAY key on the first one).</summary>
    public bool SawEligibleBar { get; set; }

    /// <summary>The session a DAY order is valid for (set on its first eligible bar).</summary>
    public DateOnly DaySession { get; set; }

    /// <summary>Current trailing stop level, 0 while unknown.</summary>
    public decimal TrailingStop { get; set; }

    /// <summary>Best price since placement (highest for sells, lowest for buys) of a trailing stop.</summary>
    public decimal TrailingBest { get; set; }

    /// <summary>True when <see cref="TrailingBest"/> holds a price.</summary>
    public bool HasTrailingBest { get; set; }

    /// <summary>True once the order filled completely, was canceled or expired.</summary>
    public bool IsDone { get; set; }

    public long OrderId => Order.OrderId;

    /// <summary>Starts the trail from <paramref name="reference"/> (the last close seen at placement).</summary>
    public void AnchorTrail(decimal reference, Instrument instrument)
    {
        TrailingBest = reference;
        HasTrailingBest = true;
        TrailingStop = TrailLevel(reference, instrument);
    }

    /// <summary>
    /// After a bar that did not trigger the stop: moves the best price to that bar's high (sell) or low (buy) and
    /// ratchets the stop in the favourable direction only.
    /// </summary>
    public void Ratchet(decimal high, decimal low, Instrument instrument)
    {
        bool sell = Order.Side == OrderSide.Sell;
        decimal extreme = sell ? high : low;
        TrailingBest = !HasTrailingBest ? extreme : sell ? Math.Max(TrailingBest, extreme) : Math.Min(TrailingBest, extreme);
        HasTrailingBest = true;
        decimal level = TrailLevel(TrailingBest, instrument);
        if (TrailingStop == 0m) TrailingStop = level;
        else TrailingStop = sell ? Math.Max(TrailingStop, level) : Math.Min(TrailingStop, level);
    }

    /// <summary>
    /// The stop for a best price, on the tick grid rounded to the less favourable side (down for sells, up for buys);
    /// a sell stop at or below zero can never trade and is reported as 0 (unknown).
    /// </summary>
    private decimal TrailLevel(decimal best, Instrument instrument)
    {
        decimal offset = Order.TrailingOffset.GetValueOrDefault();
        bool sell = Order.Side == OrderSide.Sell;
        bool percent = Order.TrailingType == TrailingType.Percent;
        decimal raw = sell
            ? (percent ? best * (1m - offset) : best - offset)
            : (percent ? best * (1m + offset) : best + offset);
        decimal ticks = raw / instrument.TickSize;
        decimal level = (sell ? decimal.Floor(ticks) : decimal.Ceiling(ticks)) * instrument.TickSize;
        return level > 0m ? level : 0m;
    }
}
