using System.Globalization;
using Microsoft.Extensions.Logging;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Kernel.Live;

public sealed partial class LiveEngine
{
    /// <summary>
    /// Rebuilds every strategy by replaying history from the first journaled lifecycle record to the journal's last data
    /// time through the live step code, applying each lifecycle record at its data time. Nothing is committed; the paper
    /// venues are rebuilt by the same deterministic replay; the result is checked against the journal.
    /// </summary>
    private void CatchUp(JournalState state)
    {
        if (state.LastDataTimeUtc is { } last && last != BeforeData) SetDataTime(last);
        if (state.Lifecycle.Count == 0) return;
        _catchingUp = true;
        try
        {
            DateTime to = state.LastDataTimeUtc ?? BeforeData;
            _dataTime = null;
            var symbols = new HashSet<Symbol>();
            foreach (var version in state.ScriptVersions) foreach (var s in version.Symbols) symbols.Add(new Symbol(s));
            DateTime first = state.Lifecycle[0].DataTimeUtc;
            var series = to == BeforeData ? [] : _history.GetBars(symbols, first == BeforeData ? null : first, to);
            var merger = new BarMerger([.. series]);
            var slice = new TimeSlice();
            int next = 0;
            while (merger.MoveNext())
            {
                DateTime time = merger.StepTime;
                if (time > to) break;
                while (next < state.Lifecycle.Count && state.Lifecycle[next].DataTimeUtc < time) Replay(state.Lifecycle[next++], state);
                slice.Clear();
                for (int k = 0; k < merger.StepCount; k++) slice.Add(in series[merger.StepSeries[k]][merger.StepBars[k]], 0);
                ProcessSlice(slice);
                CommitAndRelease(0);
            }
            while (next < state.Lifecycle.Count) Replay(state.Lifecycle[next++], state);
            if (to != BeforeData) SetDataTime(to);
        }
        finally
        {
            _catchingUp = false;
        }
        Verify(state);
    }

    private void Replay(LifecycleRecord record, JournalState state)
    {
        if (record.DataTimeUtc != BeforeData) SetDataTime(record.DataTimeUtc);
        DateTime now = _dataTime ?? BeforeData;
        var slot = record.StrategyId is null ? null : Find(record.StrategyId);
        try
        {
            switch (record.Action)
            {
                case LifecycleAction.Deploy:
                    var version = FindVersion(state, record.StrategyId!, record.Argument);
                    var created = CreateSlot(version);
                    AddSlot(created);
                    if (created.HasNewFailure) Fail(created, created.SupervisorFailure ?? "the strategy failed to start");
                    return;
                case LifecycleAction.Reload when slot is not null:
                    var next = FindVersion(state, slot.Id, record.Argument);
                    slot.SetTime(now);
                    var result = slot.Reload(next, _factory.Create(next), _factory.StateTransfer(next));
                    if (!result.Succeeded) Fail(slot, $"recovery: the journaled reload to version {next.Version} failed this time: {result.Error}");
                    return;
                case LifecycleAction.Start when slot is not null: slot.Start(); return;
                case LifecycleAction.Stop when slot is not null: slot.SetTime(now); slot.Stop(record.Actor); return;
                case LifecycleAction.Pause when slot is not null: slot.Pause(); return;
                case LifecycleAction.Resume when slot is not null: slot.Resume(); return;
                case LifecycleAction.SetTradingState:
                    var state2 = Enum.Parse<TradingState>(record.Argument!);
                    if (slot is not null) slot.TradingState = state2;
                    else _hostState = state2;
                    return;
                case LifecycleAction.Kill:
                    if (slot is not null) { slot.SetTime(now); slot.Kill(record.Argument == "flatten", record.Actor); return; }
                    foreach (var s in _slots) { s.SetTime(now); s.Kill(record.Argument == "flatten", record.Actor); }
                    _hostState = TradingState.Halted;
                    return;
                case LifecycleAction.Fail:
                    return; // a failure reproduces itself in the replay; if it does not, the check against the journal says so
                default:
                    _logger.LogWarning("Recovery: lifecycle record {Action} for unknown strategy {Strategy} ignored", record.Action, record.StrategyId);
                    return;
            }
        }
        catch (StrategyScriptException e)
        {
            _logger.LogError("Recovery: strategy {Strategy} could not be recreated: {Error}", record.StrategyId, e.Message);
        }
    }

    private static ScriptVersionRecord FindVersion(JournalState state, string id, string? argument)
    {
        int number = int.Parse(argument ?? "1", CultureInfo.InvariantCulture);
        foreach (var version in state.ScriptVersions)
            if (version.StrategyId == id && version.Version == number) return version;
        throw new StrategyScriptException($"the journal has no version {number} of strategy '{id}'");
    }

    /// <summary>Compares each strategy's replayed orders and fills with the journal; a divergence fails and halts the strategy.</summary>
    private void Verify(JournalState state)
    {
        foreach (var slot in _slots)
        {
            var orders = state.Orders.Where(o => o.StrategyId == slot.Id).ToList();
            var fills = state.Fills.Where(f => f.StrategyId == slot.Id).ToList();
            var differences = RecoveryCheck.Compare(slot, orders, fills);
            int events = state.Events.Count(e => e.StrategyId == slot.Id);
            decimal cash = slot.Portfolio.Account.StartingCash;
            foreach (var c in state.Cash) if (c.StrategyId == slot.Id) cash = c.Balance;
            _cursors[_slots.IndexOf(slot)].SkipJournaled(events, fills.Count, cash);
            if (differences.Count == 0) continue;
            foreach (var difference in differences)
                _logger.LogError("Recovery divergence in strategy {Strategy}: {Difference}", slot.Id, difference);
            if (slot.Status != StrategyStatus.Failed)
                Fail(slot, $"recovery diverged from the journal ({differences.Count} difference(s); first: {differences[0]})");
        }
    }

    /// <summary>
    /// Compares every reconcilable venue's open orders and positions with the kernel's and resolves each difference by
    /// <see cref="LiveEngineOptions.Reconcile"/>. Orders whose submit outcome was unknown are settled here.
    /// </summary>
    private void Reconcile()
    {
        DateTime now = _dataTime ?? BeforeData;
        foreach (var slot in _slots)
        {
            if (slot.Brokerage.Inner is not IReconcilableBrokerage broker) continue;
            var differences = new List<string>();
            var atBroker = broker.OpenOrdersByClientId();
            foreach (var order in slot.Router.GetOpenOrders(null))
            {
                if (atBroker.ContainsKey(order.ClientOrderId)) { slot.Brokerage.Settle(order.OrderId); continue; }
                differences.Add($"order {order.ClientOrderId} is open in the kernel but not at the broker");
                if (_options.Reconcile == ReconcilePolicy.AdoptBroker)
                {
                    slot.Brokerage.Settle(order.OrderId);
                    slot.Router.OnCanceled(order.OrderId, now, "reconcile: the broker does not have the order");
                }
            }
            foreach (var clientId in atBroker.Keys)
            {
                bool known = false;
                foreach (var order in slot.Router.GetOpenOrders(null)) known |= order.ClientOrderId == clientId;
                if (!known) differences.Add($"order {clientId} is working at the broker but not open in the kernel");
            }
            var positions = broker.Positions();
            foreach (var instrument in slot.Instruments)
            {
                decimal kernel = slot.Portfolio.Ledger(instrument.Symbol).Quantity;
                decimal remote = positions.GetValueOrDefault(instrument.Symbol);
                if (kernel != remote) differences.Add(string.Create(CultureInfo.InvariantCulture, $"position {instrument.Symbol}: kernel {kernel}, broker {remote}"));
            }
            if (differences.Count == 0) continue;
            foreach (var difference in differences)
                _logger.LogWarning("Reconcile {Strategy}: {Difference} (policy {Policy})", slot.Id, difference, _options.Reconcile);
            // An unknown order at the broker or a position difference cannot be adopted without its fills: those always halt.
            bool unresolved = _options.Reconcile == ReconcilePolicy.Halt
                || differences.Exists(d => d.StartsWith("position", StringComparison.Ordinal) || d.Contains("not open in the kernel", StringComparison.Ordinal));
            if (unresolved && slot.Status != StrategyStatus.Failed)
                Fail(slot, $"reconcile found {differences.Count} difference(s) with the broker; first: {differences[0]}");
        }
    }
}
