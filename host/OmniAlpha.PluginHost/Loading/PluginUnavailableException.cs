namespace OmniAlpha.PluginHost.Loading;

/// <summary>A plugin that was asked for is not loaded (missing, disabled, refused, or does not provide the requested kind).</summary>
public sealed class PluginUnavailableException(string pluginId, string message) : Exception(message)
{
    /// <summary>The plugin asked for.</summary>
    public string PluginId { get; } = pluginId;
}
