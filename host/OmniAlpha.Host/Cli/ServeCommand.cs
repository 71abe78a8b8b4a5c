using System.CommandLine;
using OmniAlpha.Host.Serving;

namespace OmniAlpha.Host.Cli;

/// <summary><c>omnialpha serve</c>: the long-running service (live engine on a replay feed, journal, REST API, dashboard).</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "JSON configuration file (default: appsettings.json in the current directory, else beside the executable)." };
        var urls = new Option<string?>("--urls") { Description = "Listening addresses, ';'-separated (default http://127.0.0.1:5080: localhost only). HTTPS: Kestrel:Endpoints in the configuration." };
        var dataDir = new Option<string?>("--data-dir") { Description = "Folder of the database, logs and compile cache (default: Serve:DataDir, else ~/.local/share/omnialpha)." };
        var verbose = CommonOptions.Verbose();
        var command = new Command("serve", "Run the trading service: strategies on a replayed feed with paper brokers, crash-safe journal, REST API and dashboard. "
            + "Any other --Section:Key=value argument sets that configuration key.")
        {
            config, urls, dataDir, verbose,
        };
        // Unknown --Key=value tokens are configuration (e.g. --Serve:Speed=0), as with any .NET host.
        command.TreatUnmatchedTokensAsErrors = false;
        // A synchronous action: System.CommandLine then installs no SIGTERM/Ctrl+C handler of its own with a forced exit
        // after its timeout; the host handles both and stops gracefully (final journal commit) in its own time.
        command.SetAction(parse => ServeApplication.RunAsync(new ServeArguments(parse.GetValue(config), parse.GetValue(urls),
            parse.GetValue(dataDir), parse.GetValue(verbose), parse.UnmatchedTokens)).GetAwaiter().GetResult());
        return command;
    }
}
