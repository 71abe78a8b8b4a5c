namespace OmniAlpha.PluginHost.Resilience;

/// <summary>A call into a plugin failed for good (retries exhausted, or its circuit is open); the message names the plugin and the call.</summary>
public sealed class PluginCallException(string pluginId, string operation, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The plugin that failed.</summary>
    public string PluginId { get; } = pluginId;

    /// <summary>What was called (e.g. <c>Load AAPL</c>).</summary>
    public string Operation { get; } = operation;
}
