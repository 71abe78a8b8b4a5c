using System.Diagnostics;
using OmniAlpha.Isolation;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Plugins.SampleData;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Scripting;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Host.Bench;

/// <summary>
/// The cost of each isolation level on the SMA crossover script: trusted (in process, no checks), guarded (in process,
/// sandboxed, budgets armed) and isolated (a worker process; every callback a round trip over a pipe). The same
/// series for all three, capped at 200,000 bars so the isolated runs stay short. Baseline: trusted.
/// </summary>
internal sealed class IsolationLevelBench(int repeats, int bars)
{
    private const int MaxBars = 200_000;
    private static readonly Dictionary<string, string> Parameters = new() { ["fast"] = "10", ["slow"] = "30", ["quantity"] = "100" };

    public IEnumerable<BenchMeasurement> Run()
    {
        var series = SampleBarGenerator.Generate("BENCH", Math.Min(bars, MaxBars), seed: 7);
        string source = BenchSuite.EmbeddedSource("strategies/SmaCross.cs");
        using var trusted = new StrategyCompiler(new StrategyCompilerOptions { Sandboxed = false }).Compile("strategies/SmaCross.cs", source);
        using var guarded = new StrategyCompiler().Compile("strategies/SmaCross.cs", source);

        var trustedSpeed = Measure(() => trusted.CreateInstance(), series);
        var guardedSpeed = Measure(() => guarded.CreateInstance(), series);
        // Worker start-up (process, JIT, the script's compile) happens before the clock starts: the cost per bar is the point.
        var isolatedSpeed = Measure(() => IsolatedStrategyFactory.Create("strategies/SmaCross.cs", source), series);

        yield return new BenchMeasurement("sma-crossover-level-trusted", series.Count, trustedSpeed.BarsPerSecond, null,
            trustedSpeed.AllocatedPerBar, PeakWorkingSet(), "isolation level trusted: in process, no injected checks");
        yield return new BenchMeasurement("sma-crossover-level-guarded", series.Count, guardedSpeed.BarsPerSecond, trustedSpeed.BarsPerSecond,
            guardedSpeed.AllocatedPerBar, PeakWorkingSet(), "isolation level guarded: sandboxed, budgets armed per callback; baseline = trusted");
        yield return new BenchMeasurement("sma-crossover-level-isolated", series.Count, isolatedSpeed.BarsPerSecond, trustedSpeed.BarsPerSecond,
            isolatedSpeed.AllocatedPerBar, PeakWorkingSet(), "isolation level isolated: worker process, guarded inside, one pipe round trip per callback; baseline = trusted");
    }

    private (double BarsPerSecond, double AllocatedPerBar) Measure(Func<Strategy> create, BarSeries series)
    {
        var options = new BacktestOptions { Parameters = Parameters };
        (double BarsPerSecond, double AllocatedPerBar) best = (0, 0);
        for (int i = 0; i <= repeats; i++) // run 0 warms up the JIT (and the worker's)
        {
            var strategy = create();
            try
            {
                var engine = new BacktestEngine(options, new SimulatedExchange());
                GC.Collect();
                var clock = Stopwatch.StartNew();
                var result = engine.Run(strategy, [series]);
                clock.Stop();
                double speed = result.BarsProcessed / clock.Elapsed.TotalSeconds;
                if (i > 0 && speed > best.BarsPerSecond) best = (speed, (double)result.LoopAllocatedBytes / result.BarsProcessed);
            }
            finally
            {
                (strategy as IDisposable)?.Dispose();
            }
        }
        return best;
    }

    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }
}
