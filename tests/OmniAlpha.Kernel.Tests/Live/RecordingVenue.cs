using OmniAlpha.Kernel.Live;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>
/// A simulated exchange that records every call reaching it and asks <c>onSubmit</c> before accepting a submit; it can
/// be told to throw on submits (unknown outcome) and to report a different view for reconciliation.
/// </summary>
internal sealed class RecordingVenue(Action<Order>? onSubmit = null) : ISimulatedBrokerage, IReconcilableBrokerage
{
    private readonly SimulatedExchange _inner = new();
    private Tap? _tap;

    public List<string> Calls { get; } = [];
    public Func<Order, Exception?>? FailSubmit { get; set; }
    public HashSet<string> HiddenOrders { get; } = [];
    public Dictionary<Symbol, decimal> PositionOffsets { get; } = [];
    public Dictionary<Symbol, decimal> Held { get; } = [];

    public string Name => "Recording";
    public int WorkingOrderCount => _inner.WorkingOrderCount;

    public void AddInstrument(Instrument instrument) => _inner.AddInstrument(instrument);
    public void SetFillGuard(IFillGuard guard) => _inner.SetFillGuard(guard);

    public void Connect(IBrokerageListener listener)
    {
        _tap = new Tap(this, listener);
        _inner.Connect(_tap);
    }

    private readonly List<Order> _late = [];

    public void OnBar(in Bar bar)
    {
        foreach (var order in _late) _inner.Submit(order);
        _late.Clear();
        _inner.OnBar(in bar);
    }

    public void Submit(Order order)
    {
        Calls.Add("submit " + order.ClientOrderId);
        onSubmit?.Invoke(order);
        _tap!.Track(order);
        if (FailSubmit?.Invoke(order) is { } error)
        {
            // The venue got the order but the answer was lost: it reports on it only with the next bar.
            _late.Add(order);
            throw error;
        }
        _inner.Submit(order);
    }

    public void Cancel(Order order)
    {
        Calls.Add("cancel " + order.ClientOrderId);
        _inner.Cancel(order);
    }

    /// <summary>Asked before an amendment reaches the venue.</summary>
    public Action<Order>? OnAmend { get; set; }

    public void Amend(Order order, OrderAmendment amendment)
    {
        Calls.Add("amend " + order.ClientOrderId);
        OnAmend?.Invoke(order);
        _inner.Amend(order, amendment);
    }

    private readonly Dictionary<string, Order> _open = [];

    public IReadOnlyDictionary<string, Order> OpenOrdersByClientId() =>
        _open.Where(p => !HiddenOrders.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);

    public IReadOnlyDictionary<Symbol, decimal> Positions()
    {
        var result = new Dictionary<Symbol, decimal>(Held);
        foreach (var (symbol, offset) in PositionOffsets) result[symbol] = result.GetValueOrDefault(symbol) + offset;
        return result;
    }

    /// <summary>Keeps the venue's own book of open orders and positions from its reports.</summary>
    private sealed class Tap(RecordingVenue venue, IBrokerageListener listener) : IBrokerageListener
    {
        private readonly Dictionary<long, Order> _byId = [];

        public void OnAccepted(long orderId, DateTime time) => listener.OnAccepted(orderId, time);
        public void OnRejected(long orderId, DateTime time, RejectReason code, string reason) { Forget(orderId); listener.OnRejected(orderId, time, code, reason); }
        public void OnFill(long orderId, DateTime time, decimal quantity, decimal price, decimal commission, decimal slippage, Liquidity liquidity)
        {
            listener.OnFill(orderId, time, quantity, price, commission, slippage, liquidity);
            if (_byId.TryGetValue(orderId, out var order))
            {
                venue.Held[order.Symbol] = venue.Held.GetValueOrDefault(order.Symbol) + (order.Side == OrderSide.Buy ? quantity : -quantity);
                if (order.FilledQuantity + quantity >= order.Quantity) Forget(orderId);
                else _byId[orderId] = order with { FilledQuantity = order.FilledQuantity + quantity };
            }
        }
        public void OnCanceled(long orderId, DateTime time, string reason) { Forget(orderId); listener.OnCanceled(orderId, time, reason); }
        public void OnUpdated(long orderId, DateTime time, OrderAmendment amendment) => listener.OnUpdated(orderId, time, amendment);
        public void OnExpired(long orderId, DateTime time) { Forget(orderId); listener.OnExpired(orderId, time); }

        public void Track(Order order)
        {
            _byId[order.OrderId] = order;
            venue._open[order.ClientOrderId] = order;
        }

        private void Forget(long orderId)
        {
            if (_byId.Remove(orderId, out var order)) venue._open.Remove(order.ClientOrderId);
        }
    }
}
