using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using OmniAlpha.Host.Serving;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Persistence;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Server.Security;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>
/// One live-load run: synthetic minute bars replayed at maximum speed into a <see cref="LiveEngine"/> running
/// <see cref="LiveLoadOptions.Strategies"/> strategies on <see cref="SimulatedExchange"/> paper venues, journaled to LiteDB
/// in a temporary folder, behind the REST API on Kestrel while a client polls it and holds an event stream open.
/// </summary>
public static class LiveLoadRun
{
    /// <summary>The endpoints the poller cycles through.</summary>
    public static readonly IReadOnlyList<string> PolledPaths = ["/api/strategies", "/api/positions", "/api/orders?status=open"];

    /// <summary>Runs the benchmark and measures it; <paramref name="log"/> gets progress lines.</summary>
    public static async Task<LiveLoadReport> RunAsync(LiveLoadOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var environment = RunEnvironment.Capture();
        long generating = Stopwatch.GetTimestamp();
        var data = SyntheticMinuteBars.Generate(options.Symbols, options.Days, options.Seed);
        double generationSeconds = Stopwatch.GetElapsedTime(generating).TotalSeconds;
        long bars = data.Sum(d => (long)d.Count);
        DateTime lastTime = data.Max(d => d[d.Count - 1].EndTime);
        log.WriteLine($"live-load: {options.Strategies} strategies x {options.SymbolsPerStrategy} symbols, {options.Days} days, {bars:N0} bars " +
            $"(generated in {generationSeconds:F1} s), load average {environment.LoadAverageAtStart ?? "n/a"}");

        string folder = Path.Combine(Path.GetTempPath(), "omnialpha-loadbench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            return await RunInFolderAsync(options, environment, data, bars, lastTime, generationSeconds, folder, log, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException e) { log.WriteLine($"live-load: could not delete {folder}: {e.Message}"); }
        }
    }

    private static async Task<LiveLoadReport> RunInFolderAsync(LiveLoadOptions options, RunEnvironment environment, BarSeries[] data, long bars,
        DateTime lastTime, double generationSeconds, string folder, TextWriter log, CancellationToken cancellationToken)
    {
        var checks = new List<string>();
        using var store = LiteDbStore.Open(Path.Combine(folder, "loadbench.db"));
        var journal = new TimedJournal(store.Journal);
        string apiKey = store.ApiKeys.Create("loadbench-viewer", OmniAlpha.Persistence.Keys.ApiRole.Viewer).Key;
        // Held (omnialpha serve's gate): playback starts after every strategy is deployed, so each sees every bar.
        var feed = new HeldReplayFeed(new ReplayFeed(data, speed: 0));
        using var meter = new EngineMeterRecorder();
        using var allocations = new AllocationSampler();
        using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        var engine = new LiveEngine(new LiveEngineOptions(), journal, new LoadStrategyFactory(), feed, feed, [.. data.Select(d => d.Instrument)],
            _ => new SimulatedExchange(), loggers.CreateLogger("OmniAlpha.Engine"));
        await engine.StartAsync(cancellationToken).ConfigureAwait(false);
        var (app, baseAddress) = await LoadBenchServer.StartAsync(engine, store, folder, cancellationToken).ConfigureAwait(false);
        using var pollClient = Client(baseAddress, apiKey, TimeSpan.FromSeconds(30));
        using var streamClient = Client(baseAddress, apiKey, Timeout.InfiniteTimeSpan);
        using var stopBackground = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var poller = new ApiPoller(pollClient, PolledPaths, options.PollsPerSecond);
        var events = new SseListener(streamClient, "/api/events");
        var sampler = new ProcessSampler(() => engine.DataTimeUtc, () => engine.Current.Stats.LagSeconds);
        Task[] background = [];
        double runSeconds = 0;
        GcCounters before = GcCounters.Now(), after = before;
        try
        {
            await DeployAsync(engine, options, checks, cancellationToken).ConfigureAwait(false);
            log.WriteLine($"live-load: API at {baseAddress}, {options.Strategies} strategies deployed; replaying at maximum speed");
            background = [poller.RunAsync(stopBackground.Token), events.RunAsync(stopBackground.Token), sampler.RunAsync(stopBackground.Token)];
            before = GcCounters.Now();
            allocations.Start();
            long started = Stopwatch.GetTimestamp();
            feed.Release();
            try
            {
                await feed.Inner.Completion.WaitAsync(cancellationToken).ConfigureAwait(false);
                await engine.WaitForDataTimeAsync(lastTime, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException e)
            {
                checks.Add($"the engine did not reach the last bar: {e.Message}");
            }
            runSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            after = GcCounters.Now();
            allocations.Stop();
        }
        finally
        {
            await stopBackground.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(background).ConfigureAwait(false);
            await engine.DisposeAsync().ConfigureAwait(false); // stops the engine: last commits, final snapshot
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }
        if (engine.Fault is { } fault) checks.Add($"the engine faulted: {fault.GetType().Name}: {fault.Message}");
        long fileBytes = Directory.EnumerateFiles(folder, "loadbench*").Sum(f => new FileInfo(f).Length);
        return Report(options, environment with { LoadAverageAtEnd = RunEnvironment.LoadAverage() }, bars, data, generationSeconds, runSeconds,
            engine.Current.Stats, journal, meter, poller, events, sampler, allocations, before, after, fileBytes, checks);
    }

    private static async Task DeployAsync(LiveEngine engine, LiveLoadOptions options, List<string> checks, CancellationToken cancellationToken)
    {
        int per = options.SymbolsPerStrategy;
        decimal cashPerSymbol = Math.Floor(options.CashPerStrategy / per * 0.9m);
        for (int i = 0; i < options.Strategies; i++)
        {
            var symbols = Enumerable.Range(i * per, per).Select(SyntheticMinuteBars.SymbolName).ToArray();
            var parameters = new Dictionary<string, string>
            {
                ["fast"] = "5", ["slow"] = "20", ["entryBars"] = "5", ["offsetBps"] = "5",
                ["cashPerSymbol"] = cashPerSymbol.ToString(CultureInfo.InvariantCulture),
            };
            var script = new StrategyScript(LoadStrategyFactory.FileName, "// precompiled LoadCrossStrategy", symbols, parameters, options.CashPerStrategy);
            string id = $"load-{i:D3}";
            var result = await engine.ExecuteAsync(new TradingCommand(TradingCommandKind.Deploy, id, "loadbench") { Script = script }, cancellationToken)
                .ConfigureAwait(false);
            if (!result.Succeeded) checks.Add($"deploy {id} failed: {result.Error}");
        }
    }

    private static HttpClient Client(Uri baseAddress, string apiKey, TimeSpan timeout)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = timeout };
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.Header, apiKey);
        return client;
    }

    private static LiveLoadReport Report(LiveLoadOptions options, RunEnvironment environment, long bars, BarSeries[] data, double generationSeconds,
        double runSeconds, EngineStats stats, TimedJournal journal, EngineMeterRecorder meter, ApiPoller poller, SseListener events,
        ProcessSampler sampler, AllocationSampler allocations, GcCounters before, GcCounters after, long fileBytes, List<string> checks)
    {
        var samples = sampler.Samples.ToList();
        var endpoints = poller.Results();
        double seconds = Math.Max(runSeconds, 1e-9);
        var journalCost = new JournalCost(journal.Commits, LatencySummary.Of(journal.CommitMillis), journal.TotalCommitMillis, journal.TotalCommitCpuMillis,
            journal.OrdersPlaced == 0 ? 0 : journal.TotalCommitMillis / journal.OrdersPlaced, journal.TotalCommitMillis / 1000 / seconds, fileBytes,
            ByTenth(journal.CommitMillis));
        var memory = new MemoryResult(
            samples.FirstOrDefault()?.WorkingSetMb ?? 0, samples.LastOrDefault()?.WorkingSetMb ?? 0, samples.Count == 0 ? 0 : samples.Max(s => s.WorkingSetMb),
            ProcessSampler.SecondHalfSlopePerMinute(samples, s => s.WorkingSetMb),
            samples.FirstOrDefault()?.ManagedHeapMb ?? 0, samples.LastOrDefault()?.ManagedHeapMb ?? 0,
            ProcessSampler.SecondHalfSlopePerMinute(samples, s => s.ManagedHeapMb),
            after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2,
            (after.Pause - before.Pause).TotalMilliseconds, (after.AllocatedBytes - before.AllocatedBytes) / (1024.0 * 1024.0));
        var sse = new SseResult(events.Events, events.Events == 0 ? 0 : events.DataBytes / events.Events, events.Heartbeats, events.MaxGapMillis, events.Failure);

        if (stats.Bars != bars) checks.Add($"the engine processed {stats.Bars:N0} bars of {bars:N0}");
        if (journal.OrdersPlaced == 0) checks.Add("no order was placed");
        if (journal.Fills == 0) checks.Add("no order was filled");
        if (stats.Fills != journal.Fills) checks.Add($"the engine counted {stats.Fills} fills, the journal received {journal.Fills}");
        if (stats.JournalCommits != journal.Commits) checks.Add($"the engine counted {stats.JournalCommits} commits, the journal received {journal.Commits}");
        foreach (var e in endpoints)
        {
            if (e.Failures > 0) checks.Add($"GET {e.Path} failed {e.Failures} times");
            if (options.PollsPerSecond > 0 && e.LatencyMillis.Count == 0) checks.Add($"GET {e.Path} never answered");
        }
        if (events.Failure is { } failure) checks.Add($"event stream: {failure}");
        if (events.Events == 0) checks.Add("the event stream delivered no snapshot");

        return new LiveLoadReport(options, environment, bars, data.Length == 0 ? 0 : data.Max(d => d.Count), generationSeconds, runSeconds,
            stats.Bars / seconds, (stats.Bars + journal.OrderEvents) / seconds, journal.OrdersPlaced, journal.OrdersCanceled,
            journal.OrdersRejected, journal.OrderEvents, journal.Fills, stats, journalCost, meter.BarToOrderMicros(), meter.StepMicros(),
            samples.Count == 0 ? 0 : samples.Max(s => s.LagSeconds), endpoints, poller.FirstFailure, sse, memory, allocations.Top(12), checks, samples);
    }

    private static double[] ByTenth(IReadOnlyList<double> values)
    {
        if (values.Count < 10) return [];
        var result = new double[10];
        for (int t = 0; t < 10; t++)
        {
            int from = values.Count * t / 10, to = values.Count * (t + 1) / 10;
            double sum = 0;
            for (int i = from; i < to; i++) sum += values[i];
            result[t] = sum / (to - from);
        }
        return result;
    }
}
