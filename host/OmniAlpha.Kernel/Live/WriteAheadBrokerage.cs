using Microsoft.Extensions.Logging;
using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.Kernel.Live;

/// <summary>
/// Write-ahead in front of a strategy's venue: Submit, Cancel and Amend are queued and reach the venue only when the
/// engine calls <see cref="Release"/>, after the journal committed the batch that records them; a crash before that
/// loses nothing the journal does not know. Bars, instruments and the fill guard pass straight through. One exception:
/// a cancel raised while the venue is matching a bar (a one-cancels-other sibling of a fill) goes through at once, as in
/// the backtest, so the sibling cannot fill on the same bar; a cancel can only reduce exposure, and the journal records
/// it with the step. A submit whose outcome is unknown (timeout, I/O error, transient plugin error) is flagged and never
/// sent again; the venue's later report, or the reconcile, settles it.
/// </summary>
internal sealed class WriteAheadBrokerage(ISimulatedBrokerage inner, ILogger logger) : ISimulatedBrokerage, IBrokerageListener
{
    private readonly List<PendingCall> _queue = [];
    private readonly HashSet<long> _unknown = [];
    private IBrokerageListener? _listener;
    private bool _matching;
    private long _submitting;
    private bool _reportedWhileSubmitting;

    /// <summary>The venue behind the queue.</summary>
    public ISimulatedBrokerage Inner => inner;

    public string Name => inner.Name;

    public int WorkingOrderCount => inner.WorkingOrderCount;

    /// <summary>Calls waiting for the next commit.</summary>
    public int PendingCount => _queue.Count;

    /// <summary>Orders whose submit outcome is unknown (sent, but the venue call failed in a way that may have reached it).</summary>
    public IReadOnlyCollection<long> UnknownOutcomes => _unknown;

    public void Connect(IBrokerageListener listener)
    {
        _listener = listener;
        inner.Connect(this);
    }

    public void AddInstrument(Instrument instrument) => inner.AddInstrument(instrument);

    public void SetFillGuard(IFillGuard guard) => inner.SetFillGuard(guard);

    public void OnBar(in Bar bar)
    {
        _matching = true;
        try { inner.OnBar(in bar); }
        finally { _matching = false; }
    }

    public void Submit(Order order) => _queue.Add(new PendingCall(CallKind.Submit, order, null));

    public void Cancel(Order order)
    {
        if (_matching) inner.Cancel(order);
        else _queue.Add(new PendingCall(CallKind.Cancel, order, null));
    }

    public void Amend(Order order, OrderAmendment amendment) => _queue.Add(new PendingCall(CallKind.Amend, order, amendment));

    /// <summary>
    /// Sends the queued calls to the venue, in order; returns how many submits were sent. A submit with an unknown outcome
    /// is flagged (see <see cref="UnknownOutcomes"/>); any other venue error rejects the order.
    /// </summary>
    public int Release(DateTime now)
    {
        if (_queue.Count == 0) return 0;
        int submitted = 0;
        // Calls made by the venue's answers (e.g. a reject that triggers a new order) are queued for the next commit.
        var calls = _queue.ToArray();
        _queue.Clear();
        foreach (var call in calls)
        {
            try
            {
                switch (call.Kind)
                {
                    case CallKind.Submit:
                        _submitting = call.Order.OrderId;
                        _reportedWhileSubmitting = false;
                        submitted++;
                        inner.Submit(call.Order);
                        break;
                    case CallKind.Cancel: inner.Cancel(call.Order); break;
                    default: inner.Amend(call.Order, call.Amendment!); break;
                }
            }
            catch (Exception e) when (call.Kind == CallKind.Submit && IsUnknownOutcome(e) && !_reportedWhileSubmitting)
            {
                _unknown.Add(call.Order.OrderId);
                logger.LogWarning(e, "Order {ClientOrderId}: submit outcome unknown ({Error}); it stays in flight and is not resent", call.Order.ClientOrderId, e.Message);
            }
            catch (Exception e) when (call.Kind == CallKind.Submit && _reportedWhileSubmitting)
            {
                logger.LogWarning(e, "Order {ClientOrderId}: the submit call failed ({Error}) but the venue already reported on the order; its reports stand", call.Order.ClientOrderId, e.Message);
            }
            catch (Exception e) when (call.Kind == CallKind.Submit)
            {
                submitted--;
                logger.LogWarning(e, "Order {ClientOrderId}: the venue refused the submit: {Error}", call.Order.ClientOrderId, e.Message);
                _listener!.OnRejected(call.Order.OrderId, now, RejectReason.Brokerage, $"the venue failed: {e.Message}");
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Order {ClientOrderId}: {Call} failed at the venue: {Error}", call.Order.ClientOrderId, call.Kind, e.Message);
            }
            finally
            {
                _submitting = 0;
            }
        }
        return submitted;
    }

    /// <summary>Adds the queued amendments to the batch that must commit before they are released.</summary>
    public void CollectAmendments(string strategyId, DateTime now, List<Journal.OrderAmendmentRecord> into)
    {
        foreach (var call in _queue)
            if (call.Kind == CallKind.Amend) into.Add(new Journal.OrderAmendmentRecord(strategyId, call.Order.ClientOrderId, now, call.Amendment!));
    }

    /// <summary>Marks an order with an unknown outcome as settled (the reconcile found it, or found it missing).</summary>
    public bool Settle(long orderId)
    {
        if (orderId == _submitting) _reportedWhileSubmitting = true;
        return _unknown.Remove(orderId);
    }

    internal static bool IsUnknownOutcome(Exception e) => e is TimeoutException or IOException or TransientPluginException;

    // ---- venue reports: any report settles an unknown outcome -------------------------------------

    public void OnAccepted(long orderId, DateTime time) { Settle(orderId); _listener!.OnAccepted(orderId, time); }

    public void OnRejected(long orderId, DateTime time, RejectReason code, string reason) { Settle(orderId); _listener!.OnRejected(orderId, time, code, reason); }

    public void OnFill(long orderId, DateTime time, decimal quantity, decimal price, decimal commission, decimal slippage, Liquidity liquidity)
    {
        if (_unknown.Count > 0 || _submitting != 0) Settle(orderId);
        _listener!.OnFill(orderId, time, quantity, price, commission, slippage, liquidity);
    }

    public void OnCanceled(long orderId, DateTime time, string reason) { Settle(orderId); _listener!.OnCanceled(orderId, time, reason); }

    public void OnUpdated(long orderId, DateTime time, OrderAmendment amendment) => _listener!.OnUpdated(orderId, time, amendment);

    public void OnExpired(long orderId, DateTime time) { Settle(orderId); _listener!.OnExpired(orderId, time); }

    private enum CallKind { Submit, Cancel, Amend }

    private readonly record struct PendingCall(CallKind Kind, Order Order, OrderAmendment? Amendment);
}
