using OmniAlpha.Kernel.Engine;
using OmniAlpha.Kernel.Results;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Portfolio;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Tests;

/// <summary>Runs a strategy through the real engine and simulated exchange.</summary>
internal static class BacktestHarness
{
    public static BacktestResult Run(Strategy strategy, IReadOnlyList<BarSeries> data, AccountSettings? account = null,
        SimulatedExchangeOptions? exchange = null, IReadOnlyDictionary<string, string>? parameters = null,
        StrategyFailurePolicy onFailure = StrategyFailurePolicy.Cancel)
    {
        var options = new BacktestOptions
        {
            Account = account ?? new AccountSettings(100_000m),
            Parameters = parameters ?? new Dictionary<string, string>(),
            OnStrategyFailure = onFailure,
        };
        return new BacktestEngine(options, new SimulatedExchange(exchange ?? new SimulatedExchangeOptions())).Run(strategy, data);
    }

    public static BacktestResult Run(Strategy strategy, params BarSeries[] data) => Run(strategy, data, account: null);
}
