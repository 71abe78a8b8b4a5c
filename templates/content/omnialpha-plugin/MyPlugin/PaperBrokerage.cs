using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;

namespace MyPlugin;

/// <summary>
/// A simulated venue. Market orders fill in full at the open of the first bar that ends after they were submitted;
/// a limit buy fills when the bar trades at or below its limit, at min(limit, open) (sells mirrored). Other order
/// types are rejected as unsupported. The first fill of an order pays the configured commission. The account's fill
/// guard is asked before every fill; a refused fill cancels the order with the guard's reason.
/// </summary>
public sealed class PaperBrokerage(decimal commissionPerOrder) : ISimulatedBrokerage
{
    private readonly List<Order> _working = new();
    private readonly HashSet<Symbol> _instruments = new();
    private IBrokerageListener? _listener;
    private IFillGuard? _guard;

    /// <inheritdoc />
    public string Name => "MyPlugin paper broker";

    /// <inheritdoc />
    public int WorkingOrderCount => _working.Count;

    /// <inheritdoc />
    public void Connect(IBrokerageListener listener) => _listener = listener;

    /// <inheritdoc />
    public void AddInstrument(Instrument instrument) => _instruments.Add(instrument.Symbol);

    /// <inheritdoc />
    public void SetFillGuard(IFillGuard guard) => _guard = guard;

    /// <inheritdoc />
    public void Submit(Order order)
    {
        var listener = Listener;
        if (!_instruments.Contains(order.Symbol))
            listener.OnRejected(order.OrderId, order.CreatedTime, RejectReason.UnknownSymbol, $"{order.Symbol} is not traded here");
        else if (order.Type is not (OrderType.Market or OrderType.Limit))
            listener.OnRejected(order.OrderId, order.CreatedTime, RejectReason.Unsupported, $"{order.Type} orders are not supported by {Name}");
        else
        {
            _working.Add(order);
            listener.OnAccepted(order.OrderId, order.CreatedTime);
        }
    }

    /// <inheritdoc />
    public void Cancel(Order order)
    {
        if (_working.RemoveAll(o => o.OrderId == order.OrderId) > 0)
            Listener.OnCanceled(order.OrderId, order.LastUpdateTime, "canceled on request");
    }

    /// <inheritdoc />
    public void Amend(Order order, OrderAmendment amendment)
    {
        int index = _working.FindIndex(o => o.OrderId == order.OrderId);
        if (index < 0) return;
        var current = _working[index];
        _working[index] = current with
        {
            Quantity = amendment.Quantity ?? current.Quantity,
            LimitPrice = amendment.LimitPrice ?? current.LimitPrice,
        };
        Listener.OnUpdated(order.OrderId, order.LastUpdateTime, amendment);
    }

    /// <inheritdoc />
    public void OnBar(in Bar bar)
    {
        for (int i = 0; i < _working.Count;)
        {
            var order = _working[i];
            if (order.Symbol != bar.Symbol || order.CreatedTime >= bar.EndTime || FillPrice(order, bar) is not decimal price)
            {
                i++;
                continue;
            }
            _working.RemoveAt(i);
            decimal quantity = order.RemainingQuantity;
            decimal commission = order.FilledQuantity == 0m ? commissionPerOrder : 0m;
            string? refusal = _guard?.CheckFill(order, quantity, price, commission);
            if (refusal is null) Listener.OnFill(order.OrderId, bar.EndTime, quantity, price, commission, 0m, order.Type == OrderType.Market ? Liquidity.Taker : Liquidity.Maker);
            else Listener.OnCanceled(order.OrderId, bar.EndTime, refusal);
        }
    }

    private static decimal? FillPrice(Order order, in Bar bar)
    {
        if (order.Type == OrderType.Market) return bar.Open;
        decimal limit = order.LimitPrice ?? throw new InvalidOperationException($"limit order {order.OrderId} has no limit price");
        if (order.Side == OrderSide.Buy) return bar.Low <= limit ? Math.Min(limit, bar.Open) : null;
        return bar.High >= limit ? Math.Max(limit, bar.Open) : null;
    }

    private IBrokerageListener Listener =>
        _listener ?? throw new InvalidOperationException($"{Name} is not connected: call Connect first.");
}
