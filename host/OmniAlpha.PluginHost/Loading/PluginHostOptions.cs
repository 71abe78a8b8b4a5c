namespace OmniAlpha.PluginHost.Loading;

/// <summary>How the plugin host finds, starts and watches plugins (configuration section <c>PluginHost</c>).</summary>
public sealed record PluginHostOptions
{
    /// <summary>The plugins folder: one sub-folder per plugin, <c>&lt;id&gt;/&lt;id&gt;.dll</c> (+ plugin.json). Made absolute.</summary>
    public required string Directory { get; init; }

    /// <summary>Watch the folder and reload a plugin whose files change (hot reload).</summary>
    public bool WatchForChanges { get; init; }

    /// <summary>Quiet time after the last file change before a plugin is reloaded (a copy in progress keeps resetting it).</summary>
    public TimeSpan ReloadDebounce { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest a plugin's StartAsync or StopAsync may take before it is treated as failed.</summary>
    public TimeSpan StartStopTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
