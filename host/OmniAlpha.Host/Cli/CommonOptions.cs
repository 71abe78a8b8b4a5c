using System.CommandLine;

namespace OmniAlpha.Host.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Show debug logs and full stack traces on errors.",
    };
}
