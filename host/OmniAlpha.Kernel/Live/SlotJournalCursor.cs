using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Live;

/// <summary>
/// Remembers how much of one strategy's order events and fills is already in the journal and adds the rest to a batch:
/// events, the latest snapshot of every order they touched, fills with their cash movements, and the resulting positions.
/// Checking for work costs two comparisons, so a step without orders allocates nothing.
/// </summary>
internal sealed class SlotJournalCursor(StrategySlot slot)
{
    private int _events;
    private int _fills;
    private decimal _cash = slot.Portfolio.Account.StartingCash;

    /// <summary>True when the slot has events or fills the journal has not seen.</summary>
    public bool HasWork => slot.Router.EventCount > _events || slot.Router.Fills.Count > _fills;

    /// <summary>Skips what the journal already holds (after a catch-up): <paramref name="events"/> events and <paramref name="fills"/> fills.</summary>
    public void SkipJournaled(int events, int fills, decimal cash)
    {
        _events = Math.Min(events, slot.Router.EventCount);
        slot.Router.ForgetEventsBefore(_events);
        _fills = Math.Min(fills, slot.Router.Fills.Count);
        _cash = cash;
    }

    public void Collect(JournalBatchBuilder batch)
    {
        var router = slot.Router;
        if (router.EventCount > _events)
        {
            var changed = new SortedSet<long>();
            for (int i = _events; i < router.EventCount; i++)
            {
                var e = router.Events[i - router.EventsForgotten];
                batch.Events.Add(new OrderEventRecord(slot.Id, i + 1, e));
                changed.Add(e.Order.OrderId);
            }
            _events = router.EventCount;
            foreach (long id in changed) batch.Orders.Add(new OrderRecord(slot.Id, router.Get(id)!));
            // The batch holds them now; if its commit fails the engine stops and a restart rebuilds from the journal.
            router.ForgetEventsBefore(_events);
        }
        if (router.Fills.Count > _fills)
        {
            var symbols = new SortedSet<Symbol>();
            for (int i = _fills; i < router.Fills.Count; i++)
            {
                var fill = router.Fills[i];
                batch.Fills.Add(new FillRecord(slot.Id, fill));
                decimal value = fill.Quantity * fill.Price * slot.Portfolio.Ledger(fill.Symbol).Instrument.Multiplier;
                decimal amount = (fill.Side == OrderSide.Buy ? -value : value) - fill.Commission;
                _cash += amount;
                batch.Cash.Add(new CashLedgerRecord(slot.Id, fill.FillId, fill.Time, amount, _cash, $"{fill.Side} {fill.Quantity} {fill.Symbol} @ {fill.Price}", fill.FillId));
                symbols.Add(fill.Symbol);
            }
            _fills = router.Fills.Count;
            foreach (var symbol in symbols)
            {
                var p = slot.Portfolio.Ledger(symbol);
                batch.Positions.Add(new PositionRecord(slot.Id, symbol.ToString(), p.Quantity, p.AverageCost, p.RealizedPnl, slot.Runtime.UtcNow));
            }
        }
    }

    public StrategyCheckpointRecord Checkpoint(DateTime dataTimeUtc) =>
        new(slot.Id, dataTimeUtc, slot.Portfolio.Cash, slot.Portfolio.Equity, null);
}
