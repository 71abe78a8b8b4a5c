namespace OmniAlpha.Sdk.Plugins;

/// <summary>
/// The entry type of a plugin. The host creates it with its public parameterless constructor, calls
/// <see cref="StartAsync"/> once, then uses the kind interfaces the type also implements (<see cref="IBrokerPlugin"/>,
/// <see cref="IHistoricalDataPlugin"/>, <see cref="IPreTradeRiskCheck"/>, ...), and calls <see cref="StopAsync"/> before it
/// unloads the plugin (on shutdown or when a new version replaces it). A plugin that throws from
/// <see cref="StartAsync"/> is disabled and reported; the host carries on.
/// </summary>
public interface IPlugin
{
    /// <summary>
    /// Reads and validates configuration (<see cref="IPluginContext.GetOptions{TOptions}"/>) and acquires resources.
    /// </summary>
    Task StartAsync(IPluginContext context, CancellationToken cancellationToken);

    /// <summary>Releases everything the plugin holds (connections, threads, timers) so its assemblies can unload.</summary>
    Task StopAsync(CancellationToken cancellationToken);
}
