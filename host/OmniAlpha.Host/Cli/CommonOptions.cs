using System.CommandLine;

namespace OmniAlpha.Host.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Show debug logs and full stack traces on errors.",
    };

    /// <summary><c>--plugins DIR</c>: the plugins folder (default: PluginHost:Directory from configuration, else plugins/ beside the executable).</summary>
    public static Option<string?> PluginsFolder() => new("--plugins")
    {
        Description = "Plugins folder: one sub-folder per plugin (default: plugins/ beside the executable).",
    };
}
