using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Market.Consolidation;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// Feeds the strategy's consolidators (<see cref="OmniAlpha.Sdk.Strategies.Strategy"/>'s <c>Consolidate</c>) at every time
/// step: each consolidator gets the bars its symbol received since the last step, then is scanned with the step's time, so a
/// bucket closes as soon as the engine clock reaches its end even when its symbol has no bar then. Runs as a scheduler
/// callback, i.e. after the step's OnBar calls, under the same error containment and script budgets as other callbacks.
/// </summary>
internal sealed class ConsolidationFeed
{
    private readonly List<Subscription> _subscriptions = [];

    public BarConsolidator Add(SecurityState security, ConsolidationPeriod period, Action<Bar> onBar)
    {
        var consolidator = new BarConsolidator(security.Instrument, period, onBar);
        _subscriptions.Add(new Subscription(security, consolidator) { LastFed = security.DeliveredIndex });
        return consolidator;
    }

    /// <summary>Removes every subscription (a hot-reloaded strategy subscribes again) and returns them for <see cref="Restore"/>.</summary>
    public Subscription[] RemoveAll()
    {
        Subscription[] saved = [.. _subscriptions];
        _subscriptions.Clear();
        return saved;
    }

    /// <summary>Puts back subscriptions taken by <see cref="RemoveAll"/> (a failed reload keeps the old version's consolidators).</summary>
    public void Restore(Subscription[] saved) => _subscriptions.AddRange(saved);

    public void OnTimeStep(DateTime utcNow)
    {
        for (int i = 0; i < _subscriptions.Count; i++)
        {
            var subscription = _subscriptions[i];
            var security = subscription.Security;
            int delivered = security.DeliveredIndex;
            for (int b = subscription.LastFed + 1; b <= delivered; b++) subscription.Consolidator.Update(in security.BarAt(b));
            subscription.LastFed = delivered;
            subscription.Consolidator.Scan(utcNow);
        }
    }

    /// <summary>One consolidator and how far its symbol's bars were fed to it.</summary>
    internal sealed class Subscription(SecurityState security, BarConsolidator consolidator)
    {
        public SecurityState Security { get; } = security;
        public BarConsolidator Consolidator { get; } = consolidator;
        public int LastFed { get; set; }
    }
}
