using BenchmarkDotNet.Attributes;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Plugins.SampleData;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Sdk.Data;

namespace OmniAlpha.Benchmarks;

/// <summary>500 symbols x 2,520 daily bars, monthly rotation into the top-decile 12-month momentum names.</summary>
[MemoryDiagnoser]
[GcConcurrent(false)] // as the omnialpha executable runs (see its project file)
public class RotationBenchmarks
{
    private const int Symbols = 500;
    private const int Bars = 2_520;
    private BarSeries[] _data = [];

    [GlobalSetup]
    public void Setup()
    {
        var source = new SampleDataSource(new SampleDataOptions { SymbolCount = Symbols, BarCount = Bars });
        _data = source.Symbols.Select(s => source.Load(s)).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Symbols * Bars)]
    public long MomentumRotation() =>
        new BacktestEngine(new BacktestOptions(), new SimulatedExchange()).Run(new MomentumRotation(), _data).BarsProcessed;
}
