using System.Diagnostics;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Plugins.SampleData;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Scripting;
using OmniAlpha.Scripting.Caching;
using OmniAlpha.Scripting.Reload;

namespace OmniAlpha.Host.Bench;

/// <summary>
/// Compile-cache and hot-reload timings of <c>strategies/SmaCross.cs</c> (sandboxed, budgets injected): the first
/// compile in the process (cold: Roslyn loads and JIT-compiles itself), later compiles of changed source (warm), loads
/// from the compile cache (memory and disk layers), and the hot-reload latency from "new source read" to "new version
/// running" in a live engine. Run it first in a process, or the cold case is not cold.
/// </summary>
internal sealed class CompileBench(int repeats = 5)
{
    private const string ScriptPath = "strategies/SmaCross.cs";

    public IReadOnlyList<CompileTiming> Run()
    {
        string source = BenchSuite.EmbeddedSource(ScriptPath);
        var timings = new List<CompileTiming>();
        var compiler = new StrategyCompiler();

        var clock = Stopwatch.StartNew();
        compiler.Compile(ScriptPath, source).Dispose();
        timings.Add(new CompileTiming("compile-cold", clock.Elapsed.TotalMilliseconds, 1, "first compile in the process (Roslyn starting up)"));

        int variant = 0;
        timings.Add(Median("compile-warm", "a changed source, compiled (parse, sandbox, budget injection, emit, load)",
            () => compiler.Compile(ScriptPath, source + $"\n// variant {++variant}").Dispose()));

        string directory = Directory.CreateTempSubdirectory("omnialpha-bench-cache-").FullName;
        try
        {
            var cached = new StrategyCompiler(new StrategyCompilerOptions { Cache = new StrategyCompileCache(directory) });
            cached.Compile(ScriptPath, source).Dispose(); // stores the entry
            timings.Add(Median("cache-hit-memory", "unchanged source: key, in-memory image, load into a new context",
                () => cached.Compile(ScriptPath, source).Dispose()));
            timings.Add(Median("cache-hit-disk", "unchanged source in a new process: read and hash-check the entry, load",
                () => new StrategyCompiler(new StrategyCompilerOptions { Cache = new StrategyCompileCache(directory) }).Compile(ScriptPath, source).Dispose()));
            timings.Add(MeasureReload(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
        return timings;
    }

    /// <summary>A strategy that keeps the engine busy (a few µs per bar) while it is reloaded.</summary>
    private const string ProbeSource = """
        public sealed class ReloadProbe : Strategy
        {
            [Persist] private long _bars;
            private double _sink;

            public override void OnBar(in Bar bar)
            {
                _bars++;
                for (int i = 0; i < 200; i++) _sink += Math.Sqrt(i + (double)bar.Close);
            }
        }
        """;

    /// <summary>Hot reloads of a running strategy (each a new version): source read, warm compile, post, swap at the next time step.</summary>
    private CompileTiming MeasureReload(string directory)
    {
        string path = Path.Combine(directory, "ReloadProbe.cs");
        File.WriteAllText(path, ProbeSource);
        var compiler = new StrategyCompiler();
        var compiled = compiler.Compile(path);
        var hotSwap = new StrategyHotSwap();
        var latencies = new List<double>();
        using var applied = new SemaphoreSlim(0);
        using var reloader = new StrategyHotReloader(path, compiled, hotSwap, compiler, watch: false);
        reloader.Reloaded += result =>
        {
            if (result.Succeeded) latencies.Add(result.Latency.TotalMilliseconds);
            applied.Release();
        };
        var data = SampleBarGenerator.Generate("BENCH", 1_000_000, seed: 7);
        // No budgets: on a busy machine a descheduled engine thread could breach the 100 ms callback limit mid-measurement.
        var engine = new BacktestEngine(new BacktestOptions { HotSwap = hotSwap, ScriptBudgets = null }, new SimulatedExchange());
        var run = Task.Factory.StartNew(() => engine.Run(compiled.CreateInstance(), [data]), TaskCreationOptions.LongRunning);
        for (int i = 1; i <= repeats && !run.IsCompleted; i++)
        {
            File.WriteAllText(path, ProbeSource + $"\n// reload {i}");
            if (reloader.ReloadNow()) applied.Wait(TimeSpan.FromSeconds(10));
        }
        run.Wait();
        latencies.Sort();
        double median = latencies.Count == 0 ? double.NaN : latencies[latencies.Count / 2];
        return new CompileTiming("hot-reload", median, latencies.Count,
            "small guarded strategy in a running engine: read source, warm compile, post, swap at the next time step (a save adds the watcher's 250 ms debounce)");
    }

    private CompileTiming Median(string name, string note, Action action)
    {
        action(); // first run outside the timing
        var times = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return new CompileTiming(name, times[repeats / 2], repeats, note);
    }
}
