using BenchmarkDotNet.Attributes;
using OmniAlpha.Indicators;

namespace OmniAlpha.Benchmarks.Indicators;

/// <summary>
/// Streaming update cost per value: one <c>Update</c> call per point over 10,000,000 points, through the concrete type
/// (as a C# strategy holds it) and through <see cref="ISeriesIndicator"/> (as generic tools and scripts hold it).
/// </summary>
[MemoryDiagnoser]
public class StreamingBenchmarks
{
    private double[] _close = [];
    private readonly SimpleMovingAverage _sma = new(30);
    private readonly ExponentialMovingAverage _ema = new(30);
    private readonly RelativeStrengthIndex _rsi = new(14);
    private readonly ISeriesIndicator _smaInterface = new SimpleMovingAverage(30);

    [GlobalSetup]
    public void Setup() => _close = IndicatorBenchmarkData.Generate().Close;

    [Benchmark(OperationsPerInvoke = IndicatorBenchmarkData.Points)]
    public double SmaUpdate()
    {
        _sma.Reset();
        double last = 0;
        foreach (double x in _close) last = _sma.Update(x);
        return last;
    }

    [Benchmark(OperationsPerInvoke = IndicatorBenchmarkData.Points)]
    public double SmaUpdateThroughInterface()
    {
        _smaInterface.Reset();
        double last = 0;
        foreach (double x in _close) last = _smaInterface.Update(x);
        return last;
    }

    [Benchmark(OperationsPerInvoke = IndicatorBenchmarkData.Points)]
    public double EmaUpdate()
    {
        _ema.Reset();
        double last = 0;
        foreach (double x in _close) last = _ema.Update(x);
        return last;
    }

    [Benchmark(OperationsPerInvoke = IndicatorBenchmarkData.Points)]
    public double RsiUpdate()
    {
        _rsi.Reset();
        double last = 0;
        foreach (double x in _close) last = _rsi.Update(x);
        return last;
    }
}
