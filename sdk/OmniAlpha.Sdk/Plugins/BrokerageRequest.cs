using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Sdk.Plugins;

/// <summary>What the host asks of a broker plugin for one run or session.</summary>
public sealed record BrokerageRequest
{
    /// <summary>True for a backtest: the result must be an <see cref="Brokerage.ISimulatedBrokerage"/> fed with the run's bars.</summary>
    public bool Simulated { get; init; }

    /// <summary>The account the strategy trades (cash or margin, starting cash, leverage).</summary>
    public AccountSettings Account { get; init; } = new(100_000m);

    /// <summary>
    /// Run-specific settings by name, e.g. the simulated broker's <c>commission</c>, <c>slippage</c> and <c>volume-cap</c>
    /// from the command line. Static configuration comes from <see cref="IPluginContext.Configuration"/> instead.
    /// </summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}
