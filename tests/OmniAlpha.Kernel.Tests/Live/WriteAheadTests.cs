using System.Collections.Concurrent;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>Write-ahead: no order reaches a venue before the journal committed the batch that records it; one commit per step.</summary>
public class WriteAheadTests
{
    [Fact]
    public async Task No_order_reaches_the_venue_before_the_batch_holding_it_committed_and_each_step_with_orders_is_one_commit()
    {
        var data = LiveTestKit.RandomWalk(200, 11, "AAA", "BBB");
        var journal = new InMemoryJournal();
        var violations = new ConcurrentQueue<string>();
        var committedOrders = new ConcurrentDictionary<string, byte>();
        journal.Committed = batch =>
        {
            foreach (var o in batch.Orders) committedOrders[o.Order.ClientOrderId] = 0;
        };
        var venues = new ConcurrentBag<RecordingVenue>();
        var feed = new GatedReplay(new ReplayFeed(data));
        await using var engine = LiveTestKit.Engine(journal, feed, new ReplayFeed(data), data, venues: _ =>
        {
            var venue = new RecordingVenue(order =>
            {
                if (!committedOrders.ContainsKey(order.ClientOrderId)) violations.Enqueue($"{order.ClientOrderId} reached the venue before its commit");
            });
            venues.Add(venue);
            return venue;
        });
        await engine.StartAsync(CancellationToken.None);
        // Two strategies with the same rules order in the same steps: their orders share one batch per step.
        Assert.True((await engine.Do(LiveTestKit.Deploy("one", LiveTestKit.Sma("AAA,BBB")))).Succeeded);
        Assert.True((await engine.Do(LiveTestKit.Deploy("two", LiveTestKit.Sma("AAA,BBB")))).Succeeded);
        feed.Open();
        await engine.WaitFor(LiveTestKit.LastTime(data));
        await engine.StopAsync(CancellationToken.None);

        Assert.Empty(violations);
        int submits = venues.Sum(v => v.Calls.Count(c => c.StartsWith("submit", StringComparison.Ordinal)));
        Assert.True(submits >= 8, $"the strategies must trade ({submits} submits)");
        var withSubmits = journal.Batches.Where(b => b.Events.Any(e => e.Event is OrderSubmitted)).ToList();
        Assert.Equal(withSubmits.Count, withSubmits.Select(b => b.DataTimeUtc).Distinct().Count());
        Assert.All(withSubmits, b => Assert.Equal(
            b.Events.Count(e => e.Event is OrderSubmitted && e.StrategyId == "one"),
            b.Events.Count(e => e.Event is OrderSubmitted && e.StrategyId == "two")));
        // Market data never goes into the journal: only steps that produced something were committed.
        Assert.True(journal.Batches.Count < 200, $"{journal.Batches.Count} batches for 200 steps");
        Assert.All(journal.Batches, b => Assert.False(b.IsEmpty));
    }

    [Fact]
    public async Task An_amendment_is_journaled_before_it_reaches_the_venue()
    {
        var venues = new List<RecordingVenue>();
        var journaled = new List<string>();
        var journal = new InMemoryJournal();
        await using var host = new ProbeHost(journal, venues: _ =>
        {
            var venue = new RecordingVenue();
            venue.OnAmend = order => journaled.Add(
                journal.Batches.SelectMany(b => b.Amendments).Any(a => a.ClientOrderId == order.ClientOrderId) ? "journaled" : "not journaled");
            venues.Add(venue);
            return venue;
        });
        await host.Start();
        await host.Deploy("p");
        await host.Step();
        host.Probe.Next(p => p.BuyLimit("AAA", 5, 50m));
        await host.Step();
        host.Probe.Next(p => Assert.True(p.Tickets[0].Amend(limitPrice: 55m)));
        await host.Step();
        await host.Step();

        Assert.Equal(["journaled"], journaled);
        var amendment = Assert.Single(host.Journal.Load().Amendments);
        Assert.Equal(("p", "p-1", 55m), (amendment.StrategyId, amendment.ClientOrderId, amendment.Amendment.LimitPrice));
        Assert.Equal(55m, Assert.Single(host.Strategy("p").OpenOrders).LimitPrice);
    }
}
