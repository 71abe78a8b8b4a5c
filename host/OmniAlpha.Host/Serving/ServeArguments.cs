namespace OmniAlpha.Host.Serving;

/// <summary>What <c>omnialpha serve</c> was started with.</summary>
/// <param name="ConfigFile">--config: the JSON configuration file (else appsettings.json beside the executable / in the current directory).</param>
/// <param name="Urls">--urls: listening addresses (';'-separated), overriding the configuration's <c>urls</c>.</param>
/// <param name="DataDir">--data-dir: overrides Serve:DataDir (relative to the current directory).</param>
/// <param name="Verbose">--verbose: debug logs and stack traces.</param>
/// <param name="ConfigurationArguments">Remaining arguments as configuration (<c>--Serve:Speed=10</c>, <c>--Serilog:MinimumLevel=Debug</c>).</param>
internal sealed record ServeArguments(string? ConfigFile, string? Urls, string? DataDir, bool Verbose, IReadOnlyList<string> ConfigurationArguments)
{
    /// <summary>No options: configuration files and environment only.</summary>
    public static ServeArguments None { get; } = new(null, null, null, false, []);
}
