using Microsoft.Extensions.Logging;
using OmniAlpha.Host.Cli;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Kernel.Results;
using OmniAlpha.PluginHost.Loading;
using OmniAlpha.PluginHost.Resilience;
using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.Host.Backtesting;

/// <summary>
/// The backtest use case: resolve the strategy and the data, get a simulated exchange with the requested cost models
/// from the broker plugin (<c>simulated</c>), run the engine and write the reports.
/// </summary>
internal sealed class BacktestRunner(StrategyResolver strategies, DataResolver data, PluginRegistry plugins, PluginCallGuard guard, ILoggerFactory loggers)
{
    /// <summary>The broker plugin backtests run against.</summary>
    public const string BrokerPluginId = "simulated";

    public BacktestResult Run(BacktestRequest request, IHistoricalDataSource source, IProgress<double>? progress = null)
    {
        var series = LoadSeries(request, source);
        var exchange = CreateExchange(request);

        using var strategy = strategies.Resolve(request.Strategy, request.Scripts.Isolation, request.Scripts.Budgets);
        var logger = loggers.CreateLogger(strategy.Instance.Name);
        var options = new BacktestOptions
        {
            Account = request.Account,
            Parameters = request.Parameters,
            Logger = logger,
            Progress = progress,
            ScriptBudgets = request.Scripts.Budgets,
            OnStrategyFailure = request.Scripts.OnFailure,
            RiskChecks = CreateRiskChecks(request.RiskPlugins),
        };
        var result = new BacktestEngine(options, exchange).Run(strategy.Instance, series);
        // OnStart reads and validates the parameters: a value it rejects is bad input, not a strategy crash.
        if (result.Failure is { Callback: nameof(OmniAlpha.Sdk.Strategies.Strategy.OnStart), IsArgumentError: true } rejected)
            throw new CommandFailure($"strategy {rejected.Strategy} rejected its parameters: {rejected.Message}");

        foreach (var name in request.Parameters.Keys)
        {
            if (!result.Parameters.ContainsKey(name))
                logger.LogWarning("Parameter '{Name}' was given but {Strategy} never read it (typo?); it reads: {Known}",
                    name, result.StrategyName, string.Join(", ", result.Parameters.Keys));
        }
        if (request.OutputDirectory is not null) BacktestReportWriter.Write(result, request.OutputDirectory);
        return result;
    }

    /// <summary>Opens the requested data source (see <see cref="DataResolver"/>).</summary>
    public IHistoricalDataSource OpenData(BacktestRequest request, string format, string? mappingFile) =>
        data.Open(request.DataPath, format, mappingFile, request.OnBadRow);

    private static List<BarSeries> LoadSeries(BacktestRequest request, IHistoricalDataSource source)
    {
        IReadOnlyList<Symbol> symbols = request.Symbols.Count > 0 ? request.Symbols.Select(s => new Symbol(s)).ToArray() : source.Symbols;
        if (symbols.Count == 0) throw new CommandFailure($"no symbols found in {source.Name}");
        var series = new List<BarSeries>(symbols.Count);
        foreach (var symbol in symbols)
        {
            var loaded = source.Load(symbol, request.FromUtc, request.ToUtc);
            if (loaded.Count == 0) throw new CommandFailure($"{symbol}: no bars between {Describe(request.FromUtc)} and {Describe(request.ToUtc)}");
            series.Add(loaded);
        }
        return series;
    }

    private GuardedSimulatedBrokerage CreateExchange(BacktestRequest request)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["commission"] = request.Commission,
            ["slippage"] = request.Slippage,
        };
        plugins.EnsureLoadedAsync(BrokerPluginId).GetAwaiter().GetResult();
        if (request.VolumeCap is { } cap) settings["volume-cap"] = cap.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var brokerage = PluginSettingFailure.Translate(settings.Keys, () => guard.Execute(BrokerPluginId, "CreateBrokerage", () =>
            plugins.GetHandle<IBrokerPlugin>(BrokerPluginId).Current.CreateBrokerage(new BrokerageRequest { Simulated = true, Account = request.Account, Settings = settings })));
        return brokerage is ISimulatedBrokerage simulated
            ? new GuardedSimulatedBrokerage(simulated, BrokerPluginId, guard)
            : throw new CommandFailure($"plugin {BrokerPluginId} did not return a simulated brokerage ({brokerage.GetType().Name})");
    }

    /// <summary>The pre-trade checks of the requested risk plugins, each guarded: a check that throws rejects the order (fails closed).</summary>
    private RiskCheckBinding[] CreateRiskChecks(IReadOnlyList<string> ids)
    {
        var checks = new RiskCheckBinding[ids.Count];
        var logger = loggers.CreateLogger("OmniAlpha.Plugins");
        for (int i = 0; i < ids.Count; i++)
        {
            string id = ids[i];
            plugins.EnsureLoadedAsync(id).GetAwaiter().GetResult();
            var handle = plugins.GetHandle<IPreTradeRiskCheck>(id);
            try
            {
                _ = handle.Current; // installed, loaded and a risk check, or one clear line now rather than a rejection per order
            }
            catch (PluginUnavailableException e)
            {
                throw new CommandFailure($"--risk: {e.Message}", inner: e);
            }
            checks[i] = new RiskCheckBinding(id, new GuardedPreTradeRiskCheck(handle, logger));
        }
        return checks;
    }

    private static string Describe(DateTime? time) => time is { } t ? t.ToString("yyyy-MM-dd") : "the start/end of the data";
}
