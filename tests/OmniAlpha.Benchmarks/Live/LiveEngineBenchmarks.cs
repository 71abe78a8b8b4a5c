using BenchmarkDotNet.Attributes;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Plugins.SampleData;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Sdk.Data;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>
/// The live engine end to end over a max-speed replay of 100,000 bars of one symbol: feed thread, slice hand-over,
/// write-ahead journal (counting only), paper venue; one SMA(10)/SMA(30) strategy or four of them on the same data.
/// Per bar; compare with <see cref="SmaCrossBenchmarks.Precompiled"/> (the backtester, no threads).
/// </summary>
[MemoryDiagnoser]
[GcConcurrent(false)]
public class LiveEngineBenchmarks
{
    private const int Bars = 100_000;
    private BarSeries[] _data = [];
    private EngineStats? _last;

    [Params(1, 4)]
    public int Strategies { get; set; }

    [GlobalSetup]
    public void Setup() => _data = [SampleBarGenerator.Generate("BENCH", Bars, seed: 7)];

    [Benchmark(OperationsPerInvoke = Bars)]
    public async Task<long> ReplayMaxSpeed()
    {
        var feed = new ReplayFeed(_data);
        var options = new LiveEngineOptions { SnapshotInterval = TimeSpan.FromSeconds(1), CheckpointInterval = TimeSpan.FromMinutes(1) };
        await using var engine = new LiveEngine(options, new CountingJournal(), new PrecompiledStrategyFactory(), feed, feed,
            [_data[0].Instrument], _ => new SimulatedExchange());
        await engine.StartAsync(CancellationToken.None);
        var parameters = new Dictionary<string, string> { ["fast"] = "10", ["slow"] = "30", ["quantity"] = "100" };
        for (int i = 0; i < Strategies; i++)
        {
            var result = await engine.ExecuteAsync(new TradingCommand(TradingCommandKind.Deploy, $"sma-{i}", "bench")
            {
                Script = new StrategyScript("SmaCross.cs", "// precompiled", ["BENCH"], parameters, 100_000m),
            }, CancellationToken.None);
            if (!result.Succeeded) throw new InvalidOperationException(result.Error);
        }
        var last = _data[0][Bars - 1].EndTime;
        while (engine.DataTimeUtc != last) await Task.Delay(1); // the engine's own clock: snapshots are throttled
        await engine.StopAsync(CancellationToken.None);
        _last = engine.Current.Stats;
        return _last.Bars;
    }

    /// <summary>Prints the last run's engine counters and bar-to-order latency percentiles next to the timings.</summary>
    [GlobalCleanup]
    public void Report() =>
        Console.WriteLine(FormattableString.Invariant(
            $"// live engine, {Strategies} strateg(ies): {_last?.OrdersSubmitted} orders, {_last?.JournalCommits} commits, bar-to-order p50 {_last?.BarToOrderP50Micros:F0} us, p99 {_last?.BarToOrderP99Micros:F0} us"));
}
