using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>
/// An order whose submit outcome is unknown stays in flight and is never resent; the venue's later report settles it.
/// After a restart the broker's view is reconciled with the kernel's and every difference is logged and resolved by policy.
/// </summary>
public class UnknownOutcomeAndReconcileTests
{
    [Theory]
    [InlineData(typeof(TimeoutException))]
    [InlineData(typeof(IOException))]
    [InlineData(typeof(TransientPluginException))]
    public async Task An_unknown_submit_outcome_is_not_resubmitted_and_is_settled_by_the_venues_later_report(Type error)
    {
        var venues = new List<RecordingVenue>();
        var host = new ProbeHostWithVenues(venues);
        await using var _ = host.Host;
        await host.Host.Start();
        await host.Host.Deploy("p");
        venues[0].FailSubmit = o => o.ClientOrderId == "p-1" ? Lost(error) : null;
        await host.Host.Step();
        host.Host.Probe.Next(p => p.BuyNow("AAA", 10));
        await host.Host.Step();

        var snapshot = host.Host.Strategy("p");
        Assert.Equal(["p-1"], snapshot.UnknownOutcomeOrders);
        Assert.Single(snapshot.OpenOrders);

        await host.Host.Step(); // the venue reports the order with this bar and fills it
        await host.Host.Step();
        snapshot = host.Host.Strategy("p");
        Assert.Empty(snapshot.UnknownOutcomeOrders);
        Assert.Equal(10m, Assert.Single(snapshot.Positions).Quantity);
        Assert.Single(venues[0].Calls, c => c == "submit p-1");
    }

    private static Exception Lost(Type error) =>
        error == typeof(TimeoutException) ? new TimeoutException("lost answer")
        : error == typeof(IOException) ? new IOException("lost answer")
        : new TransientPluginException("lost answer");

    [Theory]
    [InlineData(ReconcilePolicy.AdoptBroker, StrategyStatus.Running)]
    [InlineData(ReconcilePolicy.Halt, StrategyStatus.Failed)]
    public async Task After_a_restart_an_order_the_broker_does_not_have_is_logged_and_resolved_by_the_policy(ReconcilePolicy policy, StrategyStatus expected)
    {
        var (journal, feed) = await RunWithRestingOrder();
        var logger = new ListLogger();
        var venues = new List<RecordingVenue>();
        var restarted = new ProbeHostWithVenues(venues, journal, feed, policy, logger, venue => venue.HiddenOrders.Add("p-2"));
        await using var _ = restarted.Host;
        await restarted.Host.Start();

        var snapshot = restarted.Host.Strategy("p");
        Assert.Equal(expected, snapshot.Status);
        Assert.Contains(logger.Lines, l => l.Contains("order p-2 is open in the kernel but not at the broker", StringComparison.Ordinal));
        if (policy == ReconcilePolicy.AdoptBroker) Assert.Empty(snapshot.OpenOrders);
        else Assert.Equal(TradingState.Halted, snapshot.TradingState);
    }

    [Fact]
    public async Task After_a_restart_a_position_difference_is_logged_and_halts_the_strategy_under_any_policy()
    {
        var (journal, feed) = await RunWithRestingOrder();
        var logger = new ListLogger();
        var restarted = new ProbeHostWithVenues([], journal, feed, ReconcilePolicy.AdoptBroker, logger, venue => venue.PositionOffsets[new Symbol("AAA")] = 3m);
        await using var _ = restarted.Host;
        await restarted.Host.Start();

        Assert.Equal(StrategyStatus.Failed, restarted.Host.Strategy("p").Status);
        Assert.Contains(logger.Lines, l => l.Contains("position AAA: kernel 10, broker 13", StringComparison.Ordinal));
        Assert.Contains(journal.Load().Lifecycle, l => l.Action == LifecycleAction.Fail && l.Argument!.Contains("reconcile", StringComparison.Ordinal));
    }

    /// <summary>A run that holds 10 AAA and a resting limit order p-2, then stops.</summary>
    private static async Task<(InMemoryJournal, ManualFeed)> RunWithRestingOrder()
    {
        var host = new ProbeHostWithVenues([]);
        await host.Host.Start();
        await host.Host.Deploy("p");
        await host.Host.Step();
        host.Host.Probe.Next(p => { p.BuyNow("AAA", 10); p.BuyLimit("AAA", 5, 50m); });
        await host.Host.Step();
        await host.Host.Step();
        await host.Host.DisposeAsync();
        return (host.Host.Journal, host.Host.Feed);
    }

    /// <summary>A probe host whose venues are <see cref="RecordingVenue"/>s; a restart's probes repeat the first run's plan.</summary>
    private sealed class ProbeHostWithVenues
    {
        public ProbeHostWithVenues(List<RecordingVenue> venues, InMemoryJournal? journal = null, ManualFeed? feed = null,
            ReconcilePolicy policy = ReconcilePolicy.Halt, ListLogger? logger = null, Action<RecordingVenue>? configure = null)
        {
            var options = new LiveEngineOptions { CheckpointInterval = TimeSpan.FromHours(1), SnapshotInterval = TimeSpan.Zero, Reconcile = policy };
            Host = new ProbeHost(journal, feed, options, venues: _ =>
            {
                var venue = new RecordingVenue();
                configure?.Invoke(venue);
                venues.Add(venue);
                return venue;
            }, logger: logger);
            if (journal is not null)
                Host.Factory.Add("Probe.cs", _ => new ProbeStrategy { Plan = { [2] = p => { p.BuyNow("AAA", 10); p.BuyLimit("AAA", 5, 50m); } } });
        }

        public ProbeHost Host { get; }
    }
}
