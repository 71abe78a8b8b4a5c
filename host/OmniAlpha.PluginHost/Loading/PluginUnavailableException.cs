namespace OmniAlpha.PluginHost.Loading;

/// <summary>A plugin that was asked for is not loaded (missing, disabled, refused, being reloaded, or it does not provide the requested kind).</summary>
public sealed class PluginUnavailableException(string pluginId, string message, bool reloading = false) : Exception(message)
{
    /// <summary>The plugin asked for.</summary>
    public string PluginId { get; } = pluginId;

    /// <summary>True while a new version is being swapped in: asking again shortly will likely succeed.</summary>
    public bool Reloading { get; } = reloading;
}
