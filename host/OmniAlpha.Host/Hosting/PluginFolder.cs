using Microsoft.Extensions.Configuration;
using OmniAlpha.PluginHost.Loading;

namespace OmniAlpha.Host.Hosting;

/// <summary>Where the host's plugins are: <c>--plugins DIR</c>, else the PluginHost section of the configuration, else <c>plugins/</c> beside the executable.</summary>
internal static class PluginFolder
{
    public static PluginHostOptions Options(IConfiguration configuration, string? fromCommandLine)
    {
        var section = configuration.GetSection("PluginHost");
        string directory = fromCommandLine ?? section["Directory"] ?? Path.Combine(AppContext.BaseDirectory, "plugins");
        return new PluginHostOptions
        {
            Directory = Path.GetFullPath(directory),
            WatchForChanges = section.GetValue("WatchForChanges", false),
            ReloadDebounce = section.GetValue("ReloadDebounce", TimeSpan.FromMilliseconds(500)),
            StartStopTimeout = section.GetValue("StartStopTimeout", TimeSpan.FromSeconds(30)),
        };
    }
}
