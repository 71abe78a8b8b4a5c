using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Time.Testing;
using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>Checkpoints are committed on the wall clock; the engine's counters and histograms are published as metrics.</summary>
public class CheckpointAndMetricsTests
{
    [Fact]
    public async Task Every_checkpoint_interval_a_batch_with_every_strategys_cash_and_equity_is_committed_even_when_nothing_else_happened()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var options = new LiveEngineOptions
        {
            CheckpointInterval = TimeSpan.FromSeconds(30), SnapshotInterval = TimeSpan.Zero, StepLateness = TimeSpan.FromMilliseconds(5), TimeProvider = clock,
        };
        await using var host = new ProbeHost(options: options);
        await host.Start();
        await host.Deploy("p");
        await host.Deploy("q");
        await host.Step(100m);
        int before = host.Journal.Batches.Count;
        clock.Advance(TimeSpan.FromSeconds(31));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (host.Journal.Batches.Count == before && DateTime.UtcNow < deadline) await Task.Delay(5);

        var checkpoint = host.Journal.Batches[^1];
        Assert.Equal(["p", "q"], checkpoint.Checkpoints.Select(c => c.StrategyId));
        Assert.All(checkpoint.Checkpoints, c => Assert.Equal(100_000m, c.Cash));
        Assert.All(checkpoint.Checkpoints, c => Assert.Equal(LiveTestKit.Start, c.DataTimeUtc));
        Assert.Equal(LiveTestKit.Start, checkpoint.DataTimeUtc);
        Assert.Empty(checkpoint.Orders);
    }

    [Fact]
    public async Task The_engine_publishes_its_counters_latency_and_lag_under_the_OmniAlpha_Engine_meter()
    {
        var data = LiveTestKit.RandomWalk(150, 42, "AAA", "BBB");
        var replay = new ReplayFeed(data);
        var feed = new GatedReplay(replay);
        await using var engine = LiveTestKit.Engine(new InMemoryJournal(), feed, replay, data);
        var totals = new ConcurrentDictionary<string, double>();
        var counts = new ConcurrentDictionary<string, int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, engine.Meter)) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((i, value, _, _) => { totals.AddOrUpdate(i.Name, value, (_, v) => v + value); counts.AddOrUpdate(i.Name, 1, (_, c) => c + 1); });
        listener.SetMeasurementEventCallback<double>((i, value, _, _) => { totals.AddOrUpdate(i.Name, value, (_, v) => v + value); counts.AddOrUpdate(i.Name, 1, (_, c) => c + 1); });
        listener.Start();
        Assert.Equal("OmniAlpha.Engine", engine.Meter.Name);

        await engine.StartAsync(CancellationToken.None);
        Assert.True((await engine.Do(LiveTestKit.Deploy("s", LiveTestKit.Sma("AAA,BBB")))).Succeeded);
        feed.Open();
        await engine.WaitFor(LiveTestKit.LastTime(data));
        listener.RecordObservableInstruments();
        await engine.StopAsync(CancellationToken.None);

        var stats = engine.Current.Stats;
        Assert.True(stats.OrdersSubmitted > 0);
        Assert.Equal(stats.OrdersSubmitted, (long)totals["orders_submitted"]);
        Assert.Equal(stats.Fills, (long)totals["fills"]);
        Assert.Equal(stats.JournalCommits, (long)totals["journal_commits"]);
        Assert.Equal(150, counts["step_duration"]);
        Assert.True(counts["bar_to_order_latency"] > 0);
        Assert.True(counts.ContainsKey("engine_lag"));
        Assert.Equal(300, stats.Bars);
        Assert.Equal(150, stats.TimeSteps);
        Assert.True(stats.BarToOrderP50Micros > 0 && stats.BarToOrderP99Micros >= stats.BarToOrderP50Micros);
    }
}
