using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>
/// A long-running host must not keep every order event (each holds an order snapshot) in memory: once an event is in
/// the journal the order router drops it, while event numbering stays continuous across the run and across a restart.
/// </summary>
public class JournaledEventMemoryTests
{
    [Fact]
    public async Task Journaled_order_events_leave_memory_and_the_numbering_continues()
    {
        var data = LiveTestKit.RandomWalk(300, 5, "AAA", "BBB");
        var journal = new InMemoryJournal();
        var feed = new GatedReplay(new ReplayFeed(data));
        await using (var engine = LiveTestKit.Engine(journal, feed, new ReplayFeed(data), data))
        {
            await engine.StartAsync(CancellationToken.None);
            Assert.True((await engine.Do(LiveTestKit.Deploy("sma", LiveTestKit.Sma("AAA,BBB")))).Succeeded);
            feed.Open();
            await engine.WaitFor(LiveTestKit.LastTime(data));
            await engine.StopAsync(CancellationToken.None);

            var router = Assert.Single(engine.Slots).Router;
            var journaled = journal.Load().Events.Where(e => e.StrategyId == "sma").ToList();
            Assert.True(journaled.Count >= 20, $"the strategy must trade ({journaled.Count} events)");
            Assert.Equal(journaled.Count, router.EventCount);
            Assert.Empty(router.Events);
            Assert.Equal(Enumerable.Range(1, journaled.Count).Select(i => (long)i), journaled.Select(e => e.Sequence));
        }

        // A restart replays the history (catch-up), checks it against the journal and forgets the replayed events too.
        var again = new GatedReplay(new ReplayFeed(data));
        await using var restarted = LiveTestKit.Engine(journal, again, new ReplayFeed(data), data);
        await restarted.StartAsync(CancellationToken.None);
        again.Open();
        await restarted.StopAsync(CancellationToken.None);
        var slot = Assert.Single(restarted.Slots);
        Assert.Equal(StrategyStatus.Running, slot.Status);
        Assert.Empty(slot.Router.Events);
        Assert.Equal(journal.Load().Events.Count(e => e.StrategyId == "sma"), slot.Router.EventCount);
    }
}
