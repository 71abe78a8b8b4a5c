using System.CommandLine;

namespace OmniAlpha.Host.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Show debug logs and full stack traces on errors.",
    };

    public static Option<bool> NoCache() => new("--no-cache")
    {
        Description = "Compile the strategy script even when a cached build of it exists, and do not cache it "
            + "(cache folder: $OMNIALPHA_CACHE_DIR, else ~/.cache/omnialpha/scripts).",
    };

    /// <summary><c>--plugins DIR</c>: the plugins folder (default: PluginHost:Directory from configuration, else plugins/ beside the executable).</summary>
    public static Option<string?> PluginsFolder() => new("--plugins")
    {
        Description = "Plugins folder: one sub-folder per plugin (default: plugins/ beside the executable).",
    };
}
