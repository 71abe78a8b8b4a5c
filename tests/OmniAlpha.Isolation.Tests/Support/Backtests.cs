using Microsoft.Extensions.Logging;
using OmniAlpha.Isolation;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Kernel.Results;
using OmniAlpha.Plugins.SampleData;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Scripting;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Isolation.Tests.Support;

/// <summary>Runs scripts at each isolation level over the built-in sample data and renders their report files.</summary>
internal static class Backtests
{
    private static readonly Lazy<BarSeries[]> SampleData = new(() =>
    {
        var source = new SampleDataSource(new SampleDataOptions());
        return source.Symbols.Select(s => source.Load(s)).ToArray();
    });

    /// <summary>The built-in sample data: 8 symbols x 2,520 daily bars.</summary>
    public static BarSeries[] Sample => SampleData.Value;

    /// <summary>The first <paramref name="bars"/> bars of the first sample symbol.</summary>
    public static BarSeries[] OneSymbol(int bars) => [SampleBarGenerator.Generate("ALFA", bars, seed: 7)];

    public static string SampleScript(string name) => File.ReadAllText(Path.Combine(OmniAlpha.Tests.Shared.SharedData.RepositoryRoot, "strategies", name));

    public static BacktestResult InProcess(string name, string source, bool sandboxed, BarSeries[] data,
        IReadOnlyDictionary<string, string>? parameters = null, ILogger? logger = null)
    {
        using var compiled = new StrategyCompiler(new StrategyCompilerOptions { Sandboxed = sandboxed }).Compile(name, source);
        return Run(compiled.CreateInstance(), data, parameters, logger);
    }

    public static BacktestResult Isolated(IsolatedStrategy strategy, BarSeries[] data, IReadOnlyDictionary<string, string>? parameters = null, ILogger? logger = null) =>
        Run(strategy, data, parameters, logger);

    public static BacktestResult Run(Strategy strategy, BarSeries[] data, IReadOnlyDictionary<string, string>? parameters, ILogger? logger) =>
        new BacktestEngine(new BacktestOptions
        {
            Parameters = parameters ?? new Dictionary<string, string>(),
            Logger = logger,
            // These specifications are about how a worker failure surfaces; the engine's stop policies are specified in the Kernel tests.
            OnStrategyFailure = StrategyFailurePolicy.Throw,
        }, new SimulatedExchange())
            .Run(strategy, data);

    /// <summary>The report files of <paramref name="result"/>, by name.</summary>
    public static Dictionary<string, byte[]> Reports(BacktestResult result)
    {
        string folder = Path.Combine(Path.GetTempPath(), "omnialpha-isolation-" + Guid.NewGuid().ToString("N"));
        try
        {
            BacktestReportWriter.Write(result, folder);
            return BacktestReportWriter.FileNames.ToDictionary(n => n, n => File.ReadAllBytes(Path.Combine(folder, n)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
