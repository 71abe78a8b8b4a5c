using OmniAlpha.Kernel.Results;
using OmniAlpha.Plugins.SampleData;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Tests.Strategies;

/// <summary>The sample strategies on the default sample data set (8 symbols x 2,520 daily bars, seed 42), 100,000 cash.</summary>
internal static class SampleRuns
{
    private static readonly Lazy<BarSeries[]> All = new(() =>
    {
        var source = new SampleDataSource();
        return source.Symbols.Select(s => source.Load(s)).ToArray();
    });

    /// <summary>The default data set, every symbol in the source's order.</summary>
    public static IReadOnlyList<BarSeries> DefaultData => All.Value;

    public static BacktestResult Run(Strategy strategy, IReadOnlyDictionary<string, string>? parameters = null,
        IReadOnlyList<BarSeries>? data = null) =>
        BacktestHarness.Run(strategy, data ?? DefaultData, parameters: parameters);
}
