using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Tests.Strategies;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>
/// The live engine thread's per-bar path (slice hand-over, strategy step, journal check, timers) allocates nothing
/// when no orders happen: the bytes the engine thread allocates between bar 5,000 and the last bar stay under a small
/// allowance for one-off runtime work, as in the backtest's allocation test.
/// </summary>
public class LiveAllocationTests
{
    private const int BarCount = 40_000;
    private const int From = 5_000;
    private const long Allowance = 4_096; // a per-bar allocation would be megabytes over 35,000 bars

    private static readonly Lazy<BarSeries[]> Minutes = new(() =>
    {
        var start = new DateTime(2024, 1, 2, 14, 31, 0, DateTimeKind.Utc);
        var bars = new Bar[BarCount];
        for (int i = 0; i < BarCount; i++)
        {
            decimal close = 100m + (i % 97) * 0.01m - (i % 31) * 0.02m;
            bars[i] = new Bar("MIN", start.AddMinutes(i), close, close + 0.05m, close - 0.05m, close, 10_000m);
        }
        return [new BarSeries(Instrument.UsEquity("MIN"), bars, TimeSpan.FromMinutes(1))];
    });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_live_per_bar_path_allocates_nothing(bool holdingAPosition)
    {
        var probe = new AllocationProbeStrategy(holdingAPosition, From, BarCount);
        var factory = new TestStrategyFactory().Add("Alloc.cs", _ => probe);
        var data = Minutes.Value;
        var replay = new ReplayFeed(data);
        var feed = new GatedReplay(replay);
        var options = new LiveEngineOptions { CheckpointInterval = TimeSpan.FromHours(1), SnapshotInterval = TimeSpan.FromHours(1), HistoryCapacity = 64 };
        await using var engine = LiveTestKit.Engine(new InMemoryJournal(), feed, replay, data, factory, options);
        await engine.StartAsync(CancellationToken.None);
        var script = new StrategyScript("Alloc.cs", "// alloc", ["MIN"], new Dictionary<string, string>(), 100_000m);
        Assert.True((await engine.Do(LiveTestKit.Deploy("alloc", script))).Succeeded);
        feed.Open();
        await replay.Completion.WaitAsync(TimeSpan.FromSeconds(120));
        var last = LiveTestKit.LastTime(data);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (engine.DataTimeUtc != last && DateTime.UtcNow < deadline) await Task.Delay(5); // snapshots are off: poll the engine's clock
        await engine.StopAsync(CancellationToken.None);

        Assert.Equal(BarCount, engine.Current.Stats.Bars);
        Assert.Equal(holdingAPosition ? 10m : 0m, engine.Current.Strategies[0].Positions.Sum(p => p.Quantity));
        long allocated = probe.AllocatedAtTo - probe.AllocatedAtFrom;
        Assert.True(probe.AllocatedAtTo > 0, "the probe must have reached its last bar");
        Assert.True(allocated < Allowance, $"{allocated} bytes allocated by the engine thread over {BarCount - From} bars");
    }
}
