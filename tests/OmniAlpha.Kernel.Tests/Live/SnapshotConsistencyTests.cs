using System.Collections.Concurrent;
using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>Snapshots are immutable and internally consistent however often they are read while the engine runs.</summary>
public class SnapshotConsistencyTests
{
    [Fact]
    public async Task Readers_hammering_Current_while_the_engine_trades_always_see_equity_equal_cash_plus_positions()
    {
        var data = LiveTestKit.RandomWalk(1_500, 5, "AAA", "BBB", "CCC");
        var replay = new ReplayFeed(data);
        var feed = new GatedReplay(replay);
        var options = new LiveEngineOptions { CheckpointInterval = TimeSpan.FromHours(1), SnapshotInterval = TimeSpan.Zero, EquityPoints = 64 };
        await using var engine = LiveTestKit.Engine(new InMemoryJournal(), feed, replay, data, options: options);
        var pushed = new ConcurrentQueue<long>();
        engine.SnapshotPublished += s => pushed.Enqueue(s.Version);
        await engine.StartAsync(CancellationToken.None);
        Assert.True((await engine.Do(LiveTestKit.Deploy("a", LiveTestKit.Sma("AAA,BBB,CCC", quantity: "0")))).Succeeded);
        Assert.True((await engine.Do(LiveTestKit.Deploy("b", LiveTestKit.Sma("BBB,CCC", fast: 2, slow: 5)))).Succeeded);

        var problems = new ConcurrentQueue<string>();
        long reads = 0, withPositions = 0;
        using var done = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            long lastVersion = 0;
            while (!done.IsCancellationRequested)
            {
                var snapshot = engine.Current;
                if (snapshot.Version < lastVersion) problems.Enqueue($"version went back from {lastVersion} to {snapshot.Version}");
                lastVersion = snapshot.Version;
                foreach (var s in snapshot.Strategies)
                {
                    decimal sum = s.Cash + s.Positions.Sum(p => p.MarketValue);
                    if (sum != s.Equity) problems.Enqueue($"v{snapshot.Version} {s.Id}: cash {s.Cash} + positions {sum - s.Cash} != equity {s.Equity}");
                    if (s.Positions.Count > 0) Interlocked.Increment(ref withPositions);
                    if (s.EquityCurve.Count > 65) problems.Enqueue($"equity curve of {s.Id} has {s.EquityCurve.Count} points");
                }
                Interlocked.Increment(ref reads);
            }
        })).ToArray();
        while (Interlocked.Read(ref reads) == 0) await Task.Delay(1); // the readers run before the data flows
        feed.Open();
        await engine.WaitFor(LiveTestKit.LastTime(data));
        await done.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Empty(problems);
        Assert.True(reads > 100, $"{reads} reads");
        Assert.True(withPositions > 0, "the readers must have seen open positions");
        Assert.True(engine.Current.Version > 100, $"{engine.Current.Version} snapshots");
        Assert.NotEmpty(pushed);
        var curve = engine.Current.Strategies[0].EquityCurve;
        Assert.Equal(LiveTestKit.LastTime(data), curve[^1].TimeUtc);
        Assert.Equal(LiveTestKit.Start, curve[0].TimeUtc);
    }
}
