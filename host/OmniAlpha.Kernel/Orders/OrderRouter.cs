using System.Globalization;
using OmniAlpha.Kernel.Accounting;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;
using static System.FormattableString;

namespace OmniAlpha.Kernel.Orders;

/// <summary>
/// The kernel's order state machine. Validates requests, assigns order ids and deterministic client order ids,
/// forwards orders to the brokerage, and turns the brokerage's reports into immutable <see cref="Order"/>
/// snapshots and <see cref="OrderEvent"/>s. Fills are applied to the portfolio the moment they are reported;
/// events are queued and delivered to the strategy at the engine's next dispatch point.
/// </summary>
internal sealed class OrderRouter : IBrokerageListener
{
    private readonly List<Order> _orders = [];
    private readonly Dictionary<string, long> _userClientIds = new(StringComparer.Ordinal);
    private readonly List<long> _open = [];
    private readonly List<Fill> _fills = [];
    private readonly List<OrderEvent> _log = [];
    private readonly Queue<OrderEvent> _pending = new();
    private readonly Dictionary<long, string> _cancelReasons = [];
    private readonly PortfolioLedger _portfolio;
    private readonly PreTradeValidator _validator;
    private readonly IBrokerage _brokerage;
    private readonly Func<Symbol, Instrument?> _instruments;
    private readonly Func<Symbol, decimal> _lastPrice;
    private readonly string _clientIdPrefix;
    private readonly RiskCheckBinding[] _riskChecks;

    public OrderRouter(string strategyName, PortfolioLedger portfolio, IBrokerage brokerage, Func<Symbol, Instrument?> instruments,
        IReadOnlyList<RiskCheckBinding>? riskChecks = null)
    {
        _riskChecks = riskChecks is null ? [] : [.. riskChecks];
        _lastPrice = symbol => portfolio.Ledger(symbol).LastPrice;
        _clientIdPrefix = strategyName + "-";
        _portfolio = portfolio;
        _validator = new PreTradeValidator(portfolio);
        _brokerage = brokerage;
        _instruments = instruments;
        brokerage.Connect(this);
    }

    /// <summary>Every order ever submitted, in id order (final snapshots).</summary>
    public IReadOnlyList<Order> Orders => _orders;

    /// <summary>Every fill, in execution order.</summary>
    public IReadOnlyList<Fill> Fills => _fills;

    /// <summary>
    /// Every order event still held, in the order it happened: all of them in a backtest; in the live engine only those
    /// not yet journaled (see <see cref="ForgetEventsBefore"/>). Event <c>n</c> (1-based, over the whole run) is at index
    /// <c>n - 1 - <see cref="EventsForgotten"/></c>.
    /// </summary>
    public IReadOnlyList<OrderEvent> Events => _log;

    /// <summary>Events dropped from <see cref="Events"/> by <see cref="ForgetEventsBefore"/>.</summary>
    public int EventsForgotten { get; private set; }

    /// <summary>Number of events over the whole run (held and forgotten).</summary>
    public int EventCount => EventsForgotten + _log.Count;

    /// <summary>
    /// Drops the first <paramref name="count"/> events of the run from memory (the live engine calls it once they are in
    /// the journal: each event holds an order snapshot, and a long-running host must not keep them all).
    /// </summary>
    public void ForgetEventsBefore(int count)
    {
        int drop = Math.Min(count - EventsForgotten, _log.Count);
        if (drop <= 0) return;
        _log.RemoveRange(0, drop);
        EventsForgotten += drop;
    }

    /// <summary>Number of orders still working.</summary>
    public int OpenCount => _open.Count;

    /// <summary>Engine time used to stamp kernel-side events.</summary>
    public DateTime Now { get; set; }

    /// <summary>When set, new orders are rejected with this code and reason (warm-up, halt).</summary>
    public OrderCheck Gate { get; set; } = OrderCheck.Pass;

    /// <summary>
    /// Optional per-order check after <see cref="Gate"/> (the live engine's trading state: reducing or halted); null in a backtest.
    /// </summary>
    public Func<OrderRequest, OrderCheck>? StateGate { get; set; }

    public Order? Get(long orderId) =>
        orderId >= 1 && orderId <= _orders.Count ? _orders[(int)(orderId - 1)] : null;

    public IReadOnlyList<Order> GetOpenOrders(Symbol? symbol)
    {
        if (_open.Count == 0) return [];
        var result = new List<Order>(_open.Count);
        foreach (long id in _open)
        {
            var order = _orders[(int)(id - 1)];
            if (symbol is null || order.Symbol == symbol.Value) result.Add(order);
        }
        return result;
    }

    /// <summary>Validates and routes a request; returns the id of the (possibly rejected) order.</summary>
    public long Submit(OrderRequest request, decimal referencePrice)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ClientOrderId is { } requestedId && TryFindClientId(requestedId, out long existingId))
        {
            var existing = _orders[(int)(existingId - 1)];
            if (IsSameIntent(existing, request)) return existingId; // idempotent resubmission
            return Reject(request, NextClientId(), RejectReason.DuplicateClientOrderId,
                $"client order id '{requestedId}' is already used by order {existingId} with different terms");
        }

        string clientId = request.ClientOrderId ?? NextClientId();
        var instrument = _instruments(request.Symbol);
        if (instrument is null)
            return Reject(request, clientId, RejectReason.UnknownSymbol, $"symbol {request.Symbol} is not part of this run");
        if (!Gate.Passed) return Reject(request, clientId, Gate.Code!.Value, Gate.Reason!);
        if (StateGate is { } stateGate && stateGate(request) is { Passed: false } refused)
            return Reject(request, clientId, refused.Code!.Value, refused.Reason!);
        var check = _validator.Validate(request, instrument, referencePrice, new OpenOrderView(_open, _orders));
        if (!check.Passed) return Reject(request, clientId, check.Code!.Value, check.Reason!);

        var order = NewOrder(request, clientId);
        for (int i = 0; i < _riskChecks.Length; i++)
        {
            var decision = _riskChecks[i].Check.Check(order, _portfolio);
            if (!decision.IsAccepted)
                return Reject(request, clientId, RejectReason.RiskLimit, $"risk check {_riskChecks[i].Id}: {decision.Reason}");
        }
        Store(order, userChosenId: request.ClientOrderId is not null);
        _open.Add(order.OrderId);
        Publish(new OrderSubmitted(order, Now));
        _brokerage.Submit(order);
        return order.OrderId;
    }

    /// <summary>
    /// Asks the brokerage to cancel an open order. A <paramref name="reason"/> given by the kernel (e.g. a stopped strategy)
    /// replaces the venue's text in the <see cref="OrderCanceled"/> event that confirms it.
    /// </summary>
    public bool Cancel(long orderId, string? reason = null)
    {
        var order = Get(orderId);
        if (order is null || !order.IsOpen || order.Status == OrderStatus.CancelRequested) return false;
        if (reason is not null) _cancelReasons[orderId] = reason;
        var updated = Replace(order with { Status = OrderStatus.CancelRequested, LastUpdateTime = Now });
        Publish(new OrderCancelRequested(updated, Now));
        _brokerage.Cancel(updated);
        return true;
    }

    public bool Amend(long orderId, OrderAmendment amendment, out string? error)
    {
        var order = Get(orderId);
        error = null;
        if (order is null || !order.IsOpen || order.Status == OrderStatus.CancelRequested)
            error = $"order {orderId} is not open";
        else if (amendment.Quantity is { } q && q <= order.FilledQuantity)
            error = Invariant($"new quantity {q} must exceed the filled quantity {order.FilledQuantity}");
        else if (amendment.LimitPrice is not null && order.Type is not (OrderType.Limit or OrderType.StopLimit))
            error = $"a {order.Type} order has no limit price";
        else if (amendment.StopPrice is not null && order.Type is not (OrderType.Stop or OrderType.StopLimit))
            error = $"a {order.Type} order has no stop price";
        else
        {
            var amended = new OrderRequest(order.Symbol, order.Side, amendment.Quantity ?? order.Quantity, order.Type)
            {
                LimitPrice = amendment.LimitPrice ?? order.LimitPrice,
                StopPrice = amendment.StopPrice ?? order.StopPrice,
                TrailingOffset = order.TrailingOffset,
                TrailingType = order.TrailingType,
                TimeInForce = order.TimeInForce,
            };
            // The remaining quantity at the new terms must pass the same checks as a new order (buying power included).
            var remaining = amended with { Quantity = amended.Quantity - order.FilledQuantity };
            var check = PreTradeValidator.ValidateShape(amended, _instruments(order.Symbol)!);
            if (check.Passed)
                check = _validator.Validate(remaining, _instruments(order.Symbol)!, _lastPrice(order.Symbol), new OpenOrderView(_open, _orders), order.OrderId);
            if (!check.Passed) error = check.Reason;
        }
        if (error is not null) return false;
        _brokerage.Amend(order!, amendment);
        return true;
    }

    /// <summary>Delivers queued events, oldest first, including any raised while delivering.</summary>
    public void Dispatch(Action<OrderEvent> deliver)
    {
        int delivered = 0;
        while (_pending.Count > 0)
        {
            if (++delivered > 100_000)
                throw new InvalidOperationException("more than 100,000 order events in one time step: the strategy is looping on its own order events");
            deliver(_pending.Dequeue());
        }
    }

    /// <summary>Forgets the queued events without delivering them (a stopped strategy hears nothing); they stay in <see cref="Events"/>.</summary>
    public void DropPendingEvents() => _pending.Clear();

    /// <summary>True when events wait for delivery.</summary>
    public bool HasPendingEvents => _pending.Count > 0;

    // ---- brokerage reports -----------------------------------------------------------------------

    public void OnAccepted(long orderId, DateTime time)
    {
        var order = Require(orderId);
        if (order.Status != OrderStatus.Submitted) return;
        Publish(new OrderAccepted(Replace(order with { Status = OrderStatus.Accepted, LastUpdateTime = time }), time));
    }

    public void OnRejected(long orderId, DateTime time, RejectReason code, string reason)
    {
        var order = Require(orderId);
        _open.Remove(orderId);
        if (_cancelReasons.Count > 0) _cancelReasons.Remove(orderId);
        Publish(new OrderRejected(Replace(order with { Status = OrderStatus.Rejected, LastUpdateTime = time }), time, code, reason));
    }

    public void OnFill(long orderId, DateTime time, decimal quantity, decimal price, decimal commission, decimal slippage, Liquidity liquidity)
    {
        var order = Require(orderId);
        if (quantity <= 0m || quantity > order.RemainingQuantity || !order.IsOpen)
            throw new InvalidOperationException(Invariant($"brokerage reported an invalid fill of {quantity} for order {orderId} ({order.Status}, remaining {order.RemainingQuantity})"));
        var fill = new Fill(_fills.Count + 1, orderId, order.ClientOrderId, order.Symbol, time, order.Side, quantity, price, commission, slippage, liquidity);
        _fills.Add(fill);
        _portfolio.ApplyFill(fill);
        decimal filled = order.FilledQuantity + quantity;
        bool complete = filled == order.Quantity;
        var updated = Replace(order with
        {
            FilledQuantity = filled,
            FilledValue = order.FilledValue + quantity * price,
            Commission = order.Commission + commission,
            Status = complete ? OrderStatus.Filled : OrderStatus.PartiallyFilled,
            LastUpdateTime = time,
        });
        if (complete)
        {
            _open.Remove(orderId);
            if (_cancelReasons.Count > 0) _cancelReasons.Remove(orderId);
            Publish(new OrderFilled(updated, time, fill));
        }
        else
        {
            Publish(new OrderPartiallyFilled(updated, time, fill));
        }
        if (updated.OcoGroup is not null) CancelOcoSiblings(updated);
    }

    /// <summary>
    /// Cancels the other open orders of a filled order's one-cancels-other group. Runs inside the venue's fill report,
    /// so a simulated venue drops the siblings before matching them against the same bar.
    /// </summary>
    private void CancelOcoSiblings(Order filled)
    {
        for (int i = _open.Count - 1; i >= 0; i--)
        {
            var sibling = _orders[(int)(_open[i] - 1)];
            if (sibling.OrderId == filled.OrderId || sibling.OcoGroup != filled.OcoGroup || sibling.Status == OrderStatus.CancelRequested) continue;
            var requested = Replace(sibling with { Status = OrderStatus.CancelRequested, LastUpdateTime = filled.LastUpdateTime });
            Publish(new OrderCancelRequested(requested, filled.LastUpdateTime));
            _brokerage.Cancel(requested);
        }
    }

    public void OnCanceled(long orderId, DateTime time, string reason)
    {
        var order = Require(orderId);
        if (order.Status.IsTerminal()) return;
        _open.Remove(orderId);
        if (_cancelReasons.Count > 0 && _cancelReasons.Remove(orderId, out string? kernelReason)) reason = kernelReason;
        Publish(new OrderCanceled(Replace(order with { Status = OrderStatus.Canceled, LastUpdateTime = time }), time, reason));
    }

    public void OnUpdated(long orderId, DateTime time, OrderAmendment amendment)
    {
        var order = Require(orderId);
        var updated = Replace(order with
        {
            Quantity = amendment.Quantity ?? order.Quantity,
            LimitPrice = amendment.LimitPrice ?? order.LimitPrice,
            StopPrice = amendment.StopPrice ?? order.StopPrice,
            LastUpdateTime = time,
        });
        Publish(new OrderUpdated(updated, time));
    }

    public void OnExpired(long orderId, DateTime time)
    {
        var order = Require(orderId);
        if (order.Status.IsTerminal()) return;
        _open.Remove(orderId);
        if (_cancelReasons.Count > 0) _cancelReasons.Remove(orderId);
        Publish(new OrderExpired(Replace(order with { Status = OrderStatus.Expired, LastUpdateTime = time }), time));
    }

    // ---- internals -------------------------------------------------------------------------------

    private long Reject(OrderRequest request, string clientId, RejectReason code, string reason)
    {
        var order = NewOrder(request, clientId) with { Status = OrderStatus.Rejected };
        Store(order, userChosenId: clientId == request.ClientOrderId);
        Publish(new OrderRejected(order, Now, code, reason));
        return order.OrderId;
    }

    private Order NewOrder(OrderRequest request, string clientId) =>
        new(_orders.Count + 1, clientId, request.Symbol, request.Side, request.Type, request.Quantity, Now)
        {
            LimitPrice = request.LimitPrice,
            StopPrice = request.StopPrice,
            TrailingOffset = request.TrailingOffset,
            TrailingType = request.TrailingType,
            TimeInForce = request.TimeInForce,
            Tag = request.Tag,
            OcoGroup = request.OcoGroup,
            LastUpdateTime = Now,
        };

    private void Store(Order order, bool userChosenId)
    {
        _orders.Add(order);
        if (userChosenId) _userClientIds[order.ClientOrderId] = order.OrderId;
    }

    /// <summary>
    /// Finds the order holding <paramref name="clientId"/>. Generated ids (prefix + order id) are resolved by
    /// parsing, so only user-chosen ids need the dictionary (hashing every generated id cost more than the rest
    /// of a submission).
    /// </summary>
    private bool TryFindClientId(string clientId, out long orderId)
    {
        if (_userClientIds.TryGetValue(clientId, out orderId)) return true;
        if (clientId.StartsWith(_clientIdPrefix, StringComparison.Ordinal)
            && long.TryParse(clientId.AsSpan(_clientIdPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out orderId)
            && Get(orderId) is { } order && order.ClientOrderId == clientId)
        {
            return true;
        }
        orderId = 0;
        return false;
    }

    private Order Replace(Order order)
    {
        _orders[(int)(order.OrderId - 1)] = order;
        return order;
    }

    private void Publish(OrderEvent orderEvent)
    {
        _log.Add(orderEvent);
        _pending.Enqueue(orderEvent);
    }

    private Order Require(long orderId) =>
        Get(orderId) ?? throw new InvalidOperationException($"brokerage reported on unknown order {orderId}");

    private string NextClientId()
    {
        long sequence = _orders.Count + 1;
        string id = string.Create(CultureInfo.InvariantCulture, $"{_clientIdPrefix}{sequence}");
        // A user may have chosen this very id for an earlier order: keep ids unique with a suffix.
        for (int suffix = 2; _userClientIds.Count > 0 && _userClientIds.ContainsKey(id); suffix++)
            id = _clientIdPrefix + sequence.ToString(CultureInfo.InvariantCulture) + "." + suffix.ToString(CultureInfo.InvariantCulture);
        return id;
    }

    private static bool IsSameIntent(Order o, OrderRequest r) =>
        o.Symbol == r.Symbol && o.Side == r.Side && o.Quantity == r.Quantity && o.Type == r.Type
        && o.LimitPrice == r.LimitPrice && o.StopPrice == r.StopPrice && o.TrailingOffset == r.TrailingOffset
        && o.TimeInForce == r.TimeInForce && o.OcoGroup == r.OcoGroup;
}
