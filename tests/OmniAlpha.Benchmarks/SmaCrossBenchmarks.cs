using BenchmarkDotNet.Attributes;
using OmniAlpha.Host.Bench;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Plugins.SampleData;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Scripting;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Benchmarks;

/// <summary>
/// SMA(10)/SMA(30) crossover over 1,000,000 in-memory bars of one symbol, end to end (engine, simulated exchange,
/// accounting, statistics): the precompiled sample, the same source compiled at runtime with Roslyn (trusted: no
/// sandbox, no budget checks; and guarded: sandboxed with injected budget checks armed per callback), the same strategy
/// in JavaScript (strategies/SmaCross.js in Jint), the engine with the indicators but no orders, and the hand-written
/// loop doing the same arithmetic.
/// </summary>
[MemoryDiagnoser]
[GcConcurrent(false)] // as the omnialpha executable runs (see its project file)
public class SmaCrossBenchmarks
{
    private const int Bars = 1_000_000;
    private static readonly Dictionary<string, string> Parameters = new() { ["fast"] = "10", ["slow"] = "30", ["quantity"] = "100" };
    private BarSeries[] _data = [];
    private CompiledStrategy? _compiled;
    private CompiledStrategy? _guarded;
    private decimal[] _equity = [];

    [GlobalSetup]
    public void Setup()
    {
        _data = [SampleBarGenerator.Generate("BENCH", Bars, seed: 7)];
        string source = BenchSuite.EmbeddedSource("strategies/SmaCross.cs");
        _compiled = new StrategyCompiler(new StrategyCompilerOptions { Sandboxed = false }).Compile("strategies/SmaCross.cs", source);
        _guarded = new StrategyCompiler().Compile("strategies/SmaCross.cs", source);
        _equity = new decimal[Bars];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _compiled?.Dispose();
        _guarded?.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Bars)]
    public long Precompiled() => Run(new SmaCross());

    [Benchmark(OperationsPerInvoke = Bars)]
    public long RuntimeCompiled() => Run(_compiled!.CreateInstance());

    [Benchmark(OperationsPerInvoke = Bars)]
    public long RuntimeCompiledGuarded() => Run(_guarded!.CreateInstance());

    [Benchmark(OperationsPerInvoke = Bars)]
    public long JavaScript() => Run(JavaScriptBenchCase.Create());

    [Benchmark(OperationsPerInvoke = Bars)]
    public long IndicatorsOnlyNoOrders() => Run(new IndicatorsOnlyStrategy());

    [Benchmark(OperationsPerInvoke = Bars)]
    public decimal HandWrittenLoop() => HandWrittenSmaCross.Run(_data[0], 10, 30, 100m, 100_000m, _equity);

    private long Run(Strategy strategy) =>
        new BacktestEngine(new BacktestOptions { Parameters = Parameters }, new SimulatedExchange()).Run(strategy, _data).BarsProcessed;
}
