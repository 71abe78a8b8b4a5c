namespace OmniAlpha.PluginHost.Loading;

/// <summary>Where a plugin stands.</summary>
public enum PluginState
{
    /// <summary>Loaded and started; its kinds are available.</summary>
    Loaded,

    /// <summary>Its manifest is fine but it failed to load, validate its configuration or start; see the error.</summary>
    Disabled,

    /// <summary>Not loaded: a missing or bad manifest, or built against an SDK this host cannot serve.</summary>
    Refused,
}
