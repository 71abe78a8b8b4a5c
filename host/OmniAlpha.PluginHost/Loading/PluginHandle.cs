namespace OmniAlpha.PluginHost.Loading;

/// <summary>
/// What a consumer keeps instead of a plugin instance: each use asks the registry for the instance serving now, so a
/// hot reload swaps the plugin under the consumer and the old version's load context can unload.
/// </summary>
/// <typeparam name="T">The kind interface wanted (e.g. <see cref="Sdk.Plugins.IHistoricalDataPlugin"/>).</typeparam>
public sealed class PluginHandle<T> where T : class
{
    private readonly PluginRegistry _registry;

    internal PluginHandle(PluginRegistry registry, string pluginId)
    {
        _registry = registry;
        PluginId = pluginId;
    }

    /// <summary>The plugin this handle points at.</summary>
    public string PluginId { get; }

    /// <summary>The instance serving now. Do not keep it: use the handle again for the next call.</summary>
    /// <exception cref="PluginUnavailableException">The plugin is not loaded or does not provide <typeparamref name="T"/>.</exception>
    public T Current => _registry.Resolve<T>(PluginId).Instance;

    /// <summary>The instance serving now and its generation (changes whenever a new version is swapped in).</summary>
    /// <exception cref="PluginUnavailableException">The plugin is not loaded or does not provide <typeparamref name="T"/>.</exception>
    public (T Instance, int Generation) Resolve() => _registry.Resolve<T>(PluginId);
}
