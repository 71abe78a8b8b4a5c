using OmniAlpha.Sdk.Plugins;

// Declares an SDK this host does not have (as a plugin compiled against SDK 2.0 would record it).
[assembly: OmniAlphaPlugin("future-sdk", "Future SDK", "1.2.0", PluginKinds.Risk, "2.0.0")]

namespace TestPlugins.FutureSdk;

/// <summary>A risk plugin built "against SDK 2.0": the host must refuse it without running it.</summary>
public sealed class FutureSdkPlugin : IPlugin, IPreTradeRiskCheck
{
    /// <summary>Set when the host wrongly ran the plugin.</summary>
    public static bool Started { get; private set; }

    /// <inheritdoc />
    public Task StartAsync(IPluginContext context, CancellationToken cancellationToken)
    {
        Started = true;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public RiskDecision Check(OmniAlpha.Sdk.Orders.Order order, OmniAlpha.Sdk.Portfolio.IPortfolio portfolio) => RiskDecision.Accept;
}
