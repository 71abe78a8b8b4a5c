using System.Diagnostics;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Kernel.Results;
using OmniAlpha.Plugins.SampleData;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Scripting;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Host.Bench;

/// <summary>
/// The engine's speed cases, run in-process so anyone can measure their own machine: each case runs once to
/// warm up the JIT, then <c>repeats</c> times; the best run counts. The same cases run under BenchmarkDotNet in
/// tests/OmniAlpha.Benchmarks.
/// </summary>
internal sealed class BenchSuite(int repeats = 3, int singleSymbolBars = 1_000_000, int rotationSymbols = 500, int rotationBars = 2_520)
{
    private static readonly Dictionary<string, string> SmaParameters = new() { ["fast"] = "10", ["slow"] = "30", ["quantity"] = "100" };

    public IEnumerable<BenchMeasurement> Run()
    {
        var series = SampleBarGenerator.Generate("BENCH", singleSymbolBars, seed: 7);
        double baseline = MeasureBaseline(series);
        var loopOnly = MeasureEngine(() => new IndicatorsOnlyStrategy(), [series], SmaParameters, out _);

        // Precompiled and runtime-compiled runs alternate, so machine noise hits both alike.
        string source = EmbeddedSource("strategies/SmaCross.cs");
        using var compiled = new StrategyCompiler(new StrategyCompilerOptions { Sandboxed = false }).Compile("strategies/SmaCross.cs", source);
        using var guardedCompile = new StrategyCompiler().Compile("strategies/SmaCross.cs", source);
        var (precompiled, runtime) = MeasurePair(() => new SmaCross(), compiled.CreateInstance, [series], SmaParameters);
        // Guarded (sandboxed, budget checks injected and armed per callback) against the same script compiled trusted.
        var (trusted, guarded) = MeasurePair(compiled.CreateInstance, guardedCompile.CreateInstance, [series], SmaParameters);
        yield return new BenchMeasurement("sma-crossover-1-symbol", series.Count, precompiled.BarsPerSecond, baseline,
            precompiled.AllocatedPerBar, PeakWorkingSet(), "SMA(10)/SMA(30), precompiled strategy vs hand-written loop");
        yield return new BenchMeasurement("engine-loop-no-orders", series.Count, loopOnly.BarsPerSecond, baseline,
            loopOnly.AllocatedPerBar, PeakWorkingSet(), "same data and SMA updates, no orders: the engine's per-bar cost");
        yield return new BenchMeasurement("sma-crossover-runtime-compiled", series.Count, runtime.BarsPerSecond, precompiled.BarsPerSecond,
            runtime.AllocatedPerBar, PeakWorkingSet(), "the same strategy compiled at runtime with Roslyn (trusted); baseline = precompiled");
        yield return new BenchMeasurement("sma-crossover-guarded", series.Count, guarded.BarsPerSecond, trusted.BarsPerSecond,
            guarded.AllocatedPerBar, PeakWorkingSet(), "the script guarded: sandboxed, budget checks injected and armed; baseline = trusted compile");
        var (csharp, javascript) = MeasurePair(() => new SmaCross(), JavaScriptBenchCase.Create, [series], SmaParameters);
        yield return JavaScriptBenchCase.Measurement(series.Count, javascript, csharp.BarsPerSecond, PeakWorkingSet());

        foreach (var level in new IsolationLevelBench(repeats, singleSymbolBars).Run()) yield return level;

        var universe = new SampleDataSource(new SampleDataOptions { SymbolCount = rotationSymbols, BarCount = rotationBars });
        var data = universe.Symbols.Select(s => universe.Load(s)).ToArray();
        var rotation = MeasureEngine(() => new MomentumRotation(), data, new Dictionary<string, string>(), out var result);
        yield return new BenchMeasurement($"momentum-rotation-{rotationSymbols}x{rotationBars}", result.BarsProcessed, rotation.BarsPerSecond, null,
            rotation.AllocatedPerBar, PeakWorkingSet(), "monthly rotation into the top-decile 12-month momentum names");
    }

    private ((double BarsPerSecond, double AllocatedPerBar) First, (double BarsPerSecond, double AllocatedPerBar) Second) MeasurePair(
        Func<Strategy> first, Func<Strategy> second, BarSeries[] data, IReadOnlyDictionary<string, string> parameters)
    {
        var options = new BacktestOptions { Parameters = parameters };
        new BacktestEngine(options, new SimulatedExchange()).Run(first(), data); // JIT warm-up of both
        new BacktestEngine(options, new SimulatedExchange()).Run(second(), data);
        (double, double) a = (0, 0), b = (0, 0);
        // A-B, then B-A: neither side always runs right after the other's garbage.
        for (int i = 0; i < repeats; i++)
        {
            if (i % 2 == 0)
            {
                a = Best(a, Once(first, data, options));
                b = Best(b, Once(second, data, options));
            }
            else
            {
                b = Best(b, Once(second, data, options));
                a = Best(a, Once(first, data, options));
            }
        }
        return (a, b);
    }

    private static (double BarsPerSecond, double AllocatedPerBar) Once(Func<Strategy> create, BarSeries[] data, BacktestOptions options)
    {
        var engine = new BacktestEngine(options, new SimulatedExchange());
        var strategy = create();
        GC.Collect(); // the previous run's garbage is not this run's cost
        var clock = Stopwatch.StartNew();
        var result = engine.Run(strategy, data);
        clock.Stop();
        return (result.BarsProcessed / clock.Elapsed.TotalSeconds, (double)result.LoopAllocatedBytes / result.BarsProcessed);
    }

    private static (double BarsPerSecond, double AllocatedPerBar) Best((double BarsPerSecond, double AllocatedPerBar) a, (double BarsPerSecond, double AllocatedPerBar) b) =>
        b.BarsPerSecond > a.BarsPerSecond ? b : a;

    private (double BarsPerSecond, double AllocatedPerBar) MeasureEngine(Func<Strategy> create, BarSeries[] data,
        IReadOnlyDictionary<string, string> parameters, out BacktestResult last)
    {
        var options = new BacktestOptions { Parameters = parameters };
        last = new BacktestEngine(options, new SimulatedExchange()).Run(create(), data); // JIT warm-up
        double best = 0;
        for (int i = 0; i < repeats; i++)
        {
            var engine = new BacktestEngine(options, new SimulatedExchange());
            var strategy = create();
            var clock = Stopwatch.StartNew();
            last = engine.Run(strategy, data);
            clock.Stop();
            best = Math.Max(best, last.BarsProcessed / clock.Elapsed.TotalSeconds);
        }
        return (best, (double)last.LoopAllocatedBytes / last.BarsProcessed);
    }

    private double MeasureBaseline(BarSeries series)
    {
        var equity = new decimal[series.Count];
        HandWrittenSmaCross.Run(series, 10, 30, 100m, 100_000m, equity);
        double best = 0;
        for (int i = 0; i < repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            HandWrittenSmaCross.Run(series, 10, 30, 100m, 100_000m, equity);
            clock.Stop();
            best = Math.Max(best, series.Count / clock.Elapsed.TotalSeconds);
        }
        return best;
    }

    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    /// <summary>Source text of a sample strategy embedded in this executable.</summary>
    public static string EmbeddedSource(string name)
    {
        using var stream = typeof(BenchSuite).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded strategy source {name} not found");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
