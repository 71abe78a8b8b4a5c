using BenchmarkDotNet.Attributes;
using OmniAlpha.Indicators.Catalog;

namespace OmniAlpha.Benchmarks.Indicators;

/// <summary>
/// Batch throughput of the benchmark set through the catalog (<see cref="IndicatorDefinition.Batch"/> with TA-Lib's
/// default parameters) over 10,000,000 points. A function not in the catalog yet is skipped with a printed note, so this
/// compiles and runs whatever the library holds.
/// </summary>
[MemoryDiagnoser]
public class CatalogBatchBenchmarks
{
    private IndicatorArguments? _arguments;
    private double[][] _inputs = [];
    private double[][] _outputs = [];

    /// <summary>TA-Lib function name.</summary>
    [Params("SMA", "EMA", "RSI", "ATR", "MACD", "BBANDS")]
    public string Function { get; set; } = "SMA";

    [GlobalSetup]
    public void Setup()
    {
        var definition = IndicatorCatalog.Find(Function);
        if (definition is null)
        {
            Console.WriteLine($"// note: {Function} is not in the indicator catalog yet; its benchmark measures nothing.");
            return;
        }
        var (open, high, low, close, volume) = IndicatorBenchmarkData.Generate();
        _arguments = definition.Arguments();
        _inputs = [.. definition.Inputs.Select(input => input switch
        {
            IndicatorInput.Open => open,
            IndicatorInput.High => high,
            IndicatorInput.Low => low,
            IndicatorInput.Volume => volume,
            IndicatorInput.Real1 => low,
            _ => close,
        })];
        _outputs = [.. definition.Outputs.Select(_ => new double[close.Length])];
    }

    [Benchmark(OperationsPerInvoke = IndicatorBenchmarkData.Points)]
    public double Batch()
    {
        if (_arguments is null) return 0;
        _arguments.Definition.Batch(_arguments, _inputs, _outputs);
        return _outputs[0][^1];
    }
}
