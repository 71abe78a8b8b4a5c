using System.Collections.Concurrent;
using System.Globalization;
using OmniAlpha.Service.Tests.Support;
using Xunit.Abstractions;

namespace OmniAlpha.Service.Tests;

/// <summary>
/// Crash-only recovery of the real service: trials kill <c>omnialpha serve</c> with SIGKILL at a seeded random moment of
/// a fast replay (strategies that order on every bar, so every moment is right after orders; some trials are killed
/// twice), restart it on the same data folder and let it finish the data. The database is then compared with an
/// uninterrupted reference run on the same data: the same client order ids and fills, none twice; positions equal the
/// sum of fills per (strategy, symbol); a consistent cash ledger; the same checkpoint equity at the same data times.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private static readonly int Trials = int.TryParse(Environment.GetEnvironmentVariable("OMNIALPHA_CRASH_TRIALS"), out int n) ? n : 20;
    private const int BarCount = 80;
    /// <summary>The replay of the whole data set is paced to about this long (80 business days in ~1.5 s).</summary>
    private static readonly TimeSpan ReplayTime = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan Ready = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Finish = TimeSpan.FromSeconds(90);

    private const string Flipper = """
        using OmniAlpha.Sdk.Market;
        using OmniAlpha.Sdk.Strategies;

        /// <summary>Trades on every bar: buys when flat, sells the whole position when long.</summary>
        public sealed class Flipper : Strategy
        {
            private decimal _quantity;

            public override void OnStart() => _quantity = Param("quantity", 10m);

            public override void OnBar(in Bar bar)
            {
                var position = Position(bar.Symbol);
                if (position.IsFlat) Buy(bar.Symbol, _quantity, "in");
                else if (position.IsLong) Sell(bar.Symbol, position.Quantity, "out");
            }
        }
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Kill_9_at_random_moments_loses_no_fill_and_duplicates_no_order()
    {
        _folder.Write("Flipper.cs", Flipper);
        double speed = BarCount * 1.45 * 86_400 / ReplayTime.TotalSeconds; // business days -> calendar time
        string config = _folder.Write("appsettings.json", ServiceConfig.Json(symbolCount: 3, barCount: BarCount, speed: speed, stopAtEnd: true,
            compileCacheDir: _folder.File("cache"),
            [
                ("flip-a", "Flipper.cs", ["ALFA", "BRVO"], null),
                ("flip-b", "Flipper.cs", ["CHRL"], new() { ["quantity"] = "7" }),
                ("sma", "SmaCross.cs", ["ALFA", "BRVO", "CHRL"], new() { ["fast"] = "2", ["slow"] = "5" }),
            ], checkpointInterval: "00:00:00.005"));

        var started = System.Diagnostics.Stopwatch.StartNew();
        var (reference, trading) = await RunToEndAsync(config, _folder.File("reference"));
        output.WriteLine($"reference run: {started.Elapsed.TotalSeconds:0.0} s ({trading.TotalSeconds:0.0} s trading), {reference.State.Fills.Count} fills, {reference.State.Orders.Count} orders, {reference.Equity.Values.Sum(e => e.Count)} checkpoints");
        Assert.NotEmpty(reference.State.Fills);
        Assert.Equal(3, reference.State.ScriptVersions.Count);
        Assert.Empty(ConsistencyProblems(reference));

        var times = reference.Equity.Values.SelectMany(e => e).Select(e => e.TimeUtc).ToList();
        DateTime first = times.Min(), last = times.Max();
        var failures = new ConcurrentBag<string>();
        int killedWhileRunning = 0;
        // Three trials at a time: each mostly waits on its own process (startup, journal fsyncs).
        await Parallel.ForAsync(0, Trials, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (trial, _) =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var random = new Random(4_242 + trial);
            string dataDir = _folder.File($"trial-{trial}");
            int kills = trial % 4 == 3 ? 2 : 1;
            // Kill moments are spread over the data (seeded data times, not wall times: the machine's speed varies),
            // plus a random few milliseconds so a kill lands at any phase of a step: deciding, committing, releasing.
            var target = first;
            for (int k = 0; k < kills; k++)
            {
                target += TimeSpan.FromTicks((long)(random.NextDouble() * (last - target).Ticks * (k == 0 ? 1.0 : 0.5)));
                await using var service = ServiceProcess.Start(config, dataDir);
                await service.WaitReadyAsync(Ready, exitIsReady: true);
                if (!await service.WaitForDataTimeAsync(target, Finish)) continue;
                await Task.Delay(random.Next(0, 30));
                if (service.HasExited) continue;
                service.Kill();
                Interlocked.Increment(ref killedWhileRunning);
            }
            var killed = clock.Elapsed;
            var (recovered, _) = await RunToEndAsync(config, dataDir);
            output.WriteLine($"trial {trial}: {kills} kill(s) after {killed.TotalSeconds:0.0} s, finished after {clock.Elapsed.TotalSeconds:0.0} s");
            foreach (string problem in Compare(reference, recovered).Concat(ConsistencyProblems(recovered)))
                failures.Add($"trial {trial} (seed {4_242 + trial}, {kills} kill(s)): {problem}");
        });

        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Take(30)));
        // Nearly every kill must land while the service is trading, not after it finished the data.
        Assert.True(killedWhileRunning >= Trials, $"only {killedWhileRunning} kills hit a running service");
    }

    /// <summary>Runs the service until it stopped at the end of the data; returns the database and the time from ready to exit.</summary>
    private static async Task<(JournalSummary Summary, TimeSpan Trading)> RunToEndAsync(string config, string dataDir)
    {
        await using var service = ServiceProcess.Start(config, dataDir);
        await service.WaitReadyAsync(Ready, exitIsReady: true);
        var trading = System.Diagnostics.Stopwatch.StartNew();
        int exit = await service.WaitForExitAsync(Finish);
        Assert.True(exit == 0, $"the service exited with {exit}:\n{service.Output}");
        return (JournalSummary.Read(Path.Combine(dataDir, "omnialpha.db")), trading.Elapsed);
    }

    /// <summary>Differences from the uninterrupted run.</summary>
    private static IEnumerable<string> Compare(JournalSummary reference, JournalSummary run)
    {
        if (!run.OrderKeys.SequenceEqual(reference.OrderKeys))
            yield return Difference("orders", reference.OrderKeys, run.OrderKeys);
        if (!run.FillKeys.SequenceEqual(reference.FillKeys))
            yield return Difference("fills", reference.FillKeys, run.FillKeys);
        foreach (var (id, expected) in reference.Equity)
        {
            var byTime = expected.GroupBy(s => s.TimeUtc).ToDictionary(g => g.Key, g => g.Last().Equity);
            var actual = run.Equity.GetValueOrDefault(id) ?? [];
            var matched = new HashSet<DateTime>();
            foreach (var sample in actual)
            {
                if (!byTime.TryGetValue(sample.TimeUtc, out decimal equity)) continue;
                if (equity != sample.Equity)
                {
                    yield return $"{id}: equity at {sample.TimeUtc:O} is {sample.Equity} but {equity} without the crash";
                    yield break;
                }
                matched.Add(sample.TimeUtc);
            }
            // Checkpoints follow the wall clock, so two runs share most but not all of their data times.
            if (matched.Count < byTime.Count / 2)
                yield return $"{id}: only {matched.Count} of {byTime.Count} checkpoint data times of the reference were checkpointed";
            if (actual.Count == 0 || actual[^1].Equity != expected[^1].Equity)
                yield return $"{id}: final equity {(actual.Count == 0 ? "none" : actual[^1].Equity)} but {expected[^1].Equity} without the crash";
        }
    }

    /// <summary>Invariants of one database on its own: no duplicate, positions = sum of fills, cash ledger chained.</summary>
    private static List<string> ConsistencyProblems(JournalSummary run)
    {
        var problems = new List<string>();
        var state = run.State;
        foreach (var twice in state.Fills.GroupBy(f => (f.StrategyId, f.Fill.FillId)).Where(g => g.Count() > 1))
            problems.Add($"fill {twice.Key} journaled {twice.Count()} times");
        foreach (var twice in run.FillKeys.GroupBy(k => k).Where(g => g.Count() > 1))
            problems.Add($"fill {twice.Key} appears {twice.Count()} times");
        foreach (var twice in state.Orders.GroupBy(o => (o.StrategyId, o.Order.ClientOrderId)).Where(g => g.Count() > 1))
            problems.Add($"order {twice.Key} journaled {twice.Count()} times");

        var filled = state.Fills.GroupBy(f => (f.StrategyId, Symbol: f.Fill.Symbol.Value.ToUpperInvariant()))
            .ToDictionary(g => g.Key, g => g.Sum(f => f.Fill.SignedQuantity));
        var positions = state.Positions.ToDictionary(p => (p.StrategyId, Symbol: p.Symbol.ToUpperInvariant()), p => p.Quantity);
        foreach (var key in filled.Keys.Union(positions.Keys))
        {
            decimal fromFills = filled.GetValueOrDefault(key), position = positions.GetValueOrDefault(key);
            if (fromFills != position) problems.Add($"position {key} is {position} but its fills sum to {fromFills}");
        }

        foreach (var version in state.ScriptVersions.Where(v => v.Version == 1))
        {
            var ledger = state.Cash.Where(c => c.StrategyId == version.StrategyId).OrderBy(c => c.Sequence).ToList();
            decimal balance = version.StartingCash;
            for (int i = 0; i < ledger.Count; i++)
            {
                var entry = ledger[i];
                if (entry.Sequence != ledger[0].Sequence + i) problems.Add($"{version.StrategyId}: cash ledger sequence jumps to {entry.Sequence} at entry {i}");
                balance += entry.Amount;
                if (entry.Balance != balance)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{version.StrategyId}: cash balance {entry.Balance} at sequence {entry.Sequence} is not the previous balance plus {entry.Amount} ({balance})"));
                    break;
                }
            }
            decimal tradeFlows = state.Fills.Where(f => f.StrategyId == version.StrategyId).Sum(f => -f.Fill.SignedQuantity * f.Fill.Price - f.Fill.Commission);
            if (version.StartingCash + tradeFlows != balance)
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{version.StrategyId}: cash ledger ends at {balance} but starting cash plus fills is {version.StartingCash + tradeFlows}"));
        }
        return problems;
    }

    private static string Difference(string what, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var missing = expected.Except(actual).Take(3).ToList();
        var extra = actual.Except(expected).Take(3).ToList();
        return $"{what} differ ({actual.Count} vs {expected.Count} without the crash); missing: [{string.Join("; ", missing)}] extra: [{string.Join("; ", extra)}]";
    }
}
