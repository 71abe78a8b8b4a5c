using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OmniAlpha.Sdk;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.PluginHost.Loading;

/// <summary>The <see cref="IPluginContext"/> the host gives a plugin's entry types when they start.</summary>
internal sealed class PluginContext(string pluginId, string pluginVersion, IConfigurationSection configuration, ILogger logger) : IPluginContext
{
    public string PluginId { get; } = pluginId;

    public string PluginVersion { get; } = pluginVersion;

    public SdkVersion HostSdkVersion => SdkVersion.Current;

    public IConfiguration Configuration => configuration;

    public ILogger Logger { get; } = logger;

    public TOptions GetOptions<TOptions>() where TOptions : class, new() => PluginOptionsBinder.Bind<TOptions>(configuration);
}
