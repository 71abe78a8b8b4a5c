using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace OmniAlpha.Sdk.Plugins;

/// <summary>What the host gives a plugin when it starts: its identity, configuration and logger.</summary>
public interface IPluginContext
{
    /// <summary>The plugin's id (from its manifest).</summary>
    string PluginId { get; }

    /// <summary>The plugin's version (from its manifest).</summary>
    string PluginVersion { get; }

    /// <summary>The host's SDK version (the plugin was built against the same major and an equal or lower minor).</summary>
    SdkVersion HostSdkVersion { get; }

    /// <summary>The plugin's configuration section, <c>Plugins:&lt;id&gt;</c> of the host's configuration (may be empty).</summary>
    IConfiguration Configuration { get; }

    /// <summary>A logger whose category is the plugin's id.</summary>
    ILogger Logger { get; }

    /// <summary>
    /// Binds <see cref="Configuration"/> to a new <typeparamref name="TOptions"/> and validates it with its DataAnnotations
    /// attributes (<c>[Required]</c>, <c>[Range]</c>, ...) and <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>.
    /// </summary>
    /// <exception cref="PluginConfigurationException">A value cannot be converted or is invalid; the message names each
    /// full key (e.g. <c>Plugins:my-broker:ApiKey</c>) and what is wrong with it.</exception>
    TOptions GetOptions<TOptions>() where TOptions : class, new();
}
