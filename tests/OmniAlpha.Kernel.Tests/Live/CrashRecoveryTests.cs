using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>
/// Crash-only recovery: an engine killed at any point (here: its journal commit fails, so the step's batch is lost and
/// nothing of it reaches a venue) and restarted on the same journal ends exactly where an uninterrupted run ends.
/// </summary>
public class CrashRecoveryTests
{
    private static readonly BarSeries[] Data = LiveTestKit.RandomWalk(220, 7, "AAA", "BBB");

    [Fact]
    public async Task Twenty_crashes_at_random_points_then_restarts_end_exactly_like_an_uninterrupted_run()
    {
        var reference = new InMemoryJournal();
        var referenceEquity = await RunToEnd(reference, crashAfterCommits: null, deploy: true);
        var expected = reference.Load();
        int commits = expected.LastSequence is var n && n > 0 ? (int)n : throw new InvalidOperationException("no commits");
        Assert.True(commits >= 25, $"the reference run must commit often enough to crash in between ({commits})");

        var random = new Random(20240601);
        var crashPoints = Enumerable.Range(0, 20).Select(_ => random.Next(2, commits)).Distinct().Order().ToList();
        while (crashPoints.Count < 20) crashPoints = [.. crashPoints.Append(random.Next(2, commits)).Distinct().Order()];
        var journal = new InMemoryJournal();
        bool first = true;
        foreach (int point in crashPoints)
        {
            await RunToEnd(journal, crashAfterCommits: point, deploy: first);
            Assert.Equal(point, (int)journal.Load().LastSequence);
            first = false;
        }
        var equity = await RunToEnd(journal, crashAfterCommits: null, deploy: false);

        var actual = journal.Load();
        foreach (string id in new[] { "fast", "slow" })
        {
            Assert.Equal(expected.FillsOf(id), actual.FillsOf(id));
            Assert.Equal(expected.Orders.Where(o => o.StrategyId == id).Select(o => o.Order),
                actual.Orders.Where(o => o.StrategyId == id).Select(o => o.Order));
            var submitted = actual.Events.Where(e => e.StrategyId == id && e.Event is OrderSubmitted).Select(e => e.Event.Order.ClientOrderId).ToList();
            Assert.Equal(submitted.Count, submitted.Distinct().Count());
            var sequences = actual.Events.Where(e => e.StrategyId == id).Select(e => e.Sequence).ToList();
            Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
            foreach (var position in actual.Positions.Where(p => p.StrategyId == id))
                Assert.Equal(actual.FillsOf(id).Where(f => f.Symbol == position.Symbol).Sum(f => f.SignedQuantity), position.Quantity);
        }
        Assert.Equal(referenceEquity, equity);
        Assert.DoesNotContain(actual.Lifecycle, l => l.Action == LifecycleAction.Fail);
    }

    [Fact]
    public async Task Abrupt_kills_between_commits_at_random_data_times_then_restarts_end_exactly_like_an_uninterrupted_run()
    {
        var reference = new InMemoryJournal();
        var referenceEquity = await RunToEnd(reference, crashAfterCommits: null, deploy: true);
        var expected = reference.Load();

        var random = new Random(77);
        var days = Enumerable.Range(0, 12).Select(_ => random.Next(5, 215)).Distinct().Order().ToList();
        var journal = new InMemoryJournal();
        bool first = true;
        foreach (int day in days)
        {
            var replay = new ReplayFeed(Data);
            var feed = new GatedReplay(replay, open: !first);
            await using var engine = LiveTestKit.Engine(journal, feed, replay, Data);
            await engine.StartAsync(CancellationToken.None);
            if (first)
            {
                Assert.True((await engine.Do(LiveTestKit.Deploy("fast", LiveTestKit.Sma("AAA,BBB", fast: 3, slow: 8)))).Succeeded);
                Assert.True((await engine.Do(LiveTestKit.Deploy("slow", LiveTestKit.Sma("BBB", fast: 4, slow: 11, quantity: "0")))).Succeeded);
                feed.Open();
                first = false;
            }
            var at = LiveTestKit.Start.AddDays(day);
            while (engine.DataTimeUtc is not { } t || t < at) await Task.Delay(1);
            engine.Crash(); // the step in progress is never committed, nothing more is released
            await engine.Stopped.WaitAsync(TimeSpan.FromSeconds(30));
        }
        var equity = await RunToEnd(journal, crashAfterCommits: null, deploy: false);

        var actual = journal.Load();
        foreach (string id in new[] { "fast", "slow" })
        {
            Assert.Equal(expected.FillsOf(id), actual.FillsOf(id));
            var submitted = actual.Events.Where(e => e.StrategyId == id && e.Event is OrderSubmitted).Select(e => e.Event.Order.ClientOrderId).ToList();
            Assert.Equal(submitted.Count, submitted.Distinct().Count());
        }
        Assert.Equal(referenceEquity, equity);
    }

    [Fact]
    public async Task A_divergence_between_the_replay_and_the_journal_fails_and_halts_the_strategy_and_names_the_difference()
    {
        var journal = new InMemoryJournal();
        await RunToEnd(journal, crashAfterCommits: 12, deploy: true);
        // The data changed under the journal: one bar of AAA is different, so the replay decides differently.
        var changed = LiveTestKit.RandomWalk(220, 8, "AAA", "BBB");
        var logger = new ListLogger();
        var feed = new ReplayFeed(changed);
        journal.FailAfterCommits = null;
        await using var engine = LiveTestKit.Engine(journal, feed, feed, changed, logger: logger);
        await engine.StartAsync(CancellationToken.None);
        var snapshot = engine.Current;
        await engine.StopAsync(CancellationToken.None);

        Assert.All(snapshot.Strategies, s =>
        {
            Assert.Equal(StrategyStatus.Failed, s.Status);
            Assert.Equal(TradingState.Halted, s.TradingState);
            Assert.Contains("recovery diverged from the journal", s.Failure);
        });
        Assert.Contains(logger.Lines, l => l.Contains("Recovery divergence", StringComparison.Ordinal) && l.Contains("journal has", StringComparison.Ordinal));
        Assert.Contains(journal.Load().Lifecycle, l => l.Action == LifecycleAction.Fail && l.Argument!.Contains("diverged", StringComparison.Ordinal));
    }

    /// <summary>Runs an engine on <paramref name="journal"/> to the end of the data or until the journal fails; returns the total equity.</summary>
    private static async Task<decimal> RunToEnd(InMemoryJournal journal, int? crashAfterCommits, bool deploy)
    {
        journal.FailAfterCommits = crashAfterCommits;
        var replay = new ReplayFeed(Data);
        var feed = new GatedReplay(replay, open: !deploy);
        await using var engine = LiveTestKit.Engine(journal, feed, replay, Data);
        await engine.StartAsync(CancellationToken.None);
        if (deploy)
        {
            Assert.True((await engine.Do(LiveTestKit.Deploy("fast", LiveTestKit.Sma("AAA,BBB", fast: 3, slow: 8)))).Succeeded);
            Assert.True((await engine.Do(LiveTestKit.Deploy("slow", LiveTestKit.Sma("BBB", fast: 4, slow: 11, quantity: "0")))).Succeeded);
            feed.Open();
        }
        if (crashAfterCommits is not null)
        {
            await engine.Stopped.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.IsType<JournalException>(engine.Fault);
            return 0m;
        }
        await engine.WaitFor(LiveTestKit.LastTime(Data));
        await engine.StopAsync(CancellationToken.None);
        Assert.Null(engine.Fault);
        return engine.Current.Strategies.Sum(s => s.Equity);
    }
}
