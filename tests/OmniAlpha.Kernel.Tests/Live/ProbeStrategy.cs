using System.Collections.Concurrent;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>
/// A strategy the test steers: it runs the actions the test queued at its next bar (on the engine thread), counts its
/// bars and records its order events. <c>ThrowOnBar</c> makes it fail at a given bar.
/// </summary>
internal sealed class ProbeStrategy : Strategy
{
    private readonly ConcurrentQueue<Action<ProbeStrategy>> _actions = new();

    public int Bars { get; private set; }
    public int Starts { get; private set; }
    public ConcurrentQueue<OrderEvent> Events { get; } = new();
    public int? ThrowOnBar { get; set; }
    public List<OrderTicket> Tickets { get; } = [];

    /// <summary>Actions by bar number (1, 2, ...): deterministic, so a restart's replay repeats them.</summary>
    public Dictionary<int, Action<ProbeStrategy>> Plan { get; } = [];

    public void Next(Action<ProbeStrategy> action) => _actions.Enqueue(action);

    public override void OnStart() => Starts++;

    public override void OnBar(in Bar bar)
    {
        Bars++;
        if (ThrowOnBar == Bars) throw new InvalidOperationException($"probe fails at bar {Bars}");
        if (Plan.TryGetValue(Bars, out var planned)) planned(this);
        while (_actions.TryDequeue(out var action)) action(this);
    }

    public override void OnOrderEvent(OrderEvent orderEvent) => Events.Enqueue(orderEvent);

    public OrderTicket BuyNow(string symbol, decimal quantity) => Remember(Buy(symbol, quantity));
    public OrderTicket SellNow(string symbol, decimal quantity) => Remember(Sell(symbol, quantity));
    public OrderTicket BuyLimit(string symbol, decimal quantity, decimal limit) => Remember(LimitOrder(symbol, quantity, limit));

    private OrderTicket Remember(OrderTicket ticket)
    {
        Tickets.Add(ticket);
        return ticket;
    }
}
