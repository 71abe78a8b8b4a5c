using OmniAlpha.Sdk.Plugins;

[assembly: OmniAlphaPlugin("throws-on-start", "Throws on start", "1.0.0", PluginKinds.Broker)]

namespace TestPlugins.ThrowsOnStart;

/// <summary>A broker plugin whose start fails: the host must disable it and carry on.</summary>
public sealed class ThrowsOnStartPlugin : IPlugin, IBrokerPlugin
{
    /// <inheritdoc />
    public Task StartAsync(IPluginContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("boom: cannot reach the broker");

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public OmniAlpha.Sdk.Brokerage.IBrokerage CreateBrokerage(BrokerageRequest request) => throw new NotSupportedException();
}
