namespace OmniAlpha.Host.Serving;

/// <summary>
/// What <c>omnialpha serve</c> runs with no <c>Serve</c> configuration at all, so it works on a fresh machine: the
/// SmaCross and RsiReversion samples on the built-in sample data (daily bars) at a demo speed of five bars per second: the
/// first trades show within seconds (SmaCross needs 30 bars), the whole set plays in about 8 minutes.
/// </summary>
internal static class ServeDefaults
{
    /// <summary>Five daily bars per second of wall time.</summary>
    public const double DemoSpeed = 5 * 86_400;

    /// <summary>The listening address unless <c>--urls</c>, <c>urls</c> or <c>Kestrel:Endpoints</c> says otherwise: localhost only.</summary>
    public const string Urls = "http://127.0.0.1:5080";

    /// <summary>The demo deployments (sample scripts shipped inside the executable).</summary>
    public static List<ServeStrategyOptions> Strategies() =>
    [
        new() { Id = "sma-cross", Script = "SmaCross.cs", Symbols = ["ALFA", "BRVO", "CHRL"], StartingCash = 100_000m },
        new() { Id = "rsi-reversion", Script = "RsiReversion.cs", Symbols = ["DLTA", "ECHO", "FXTR"], StartingCash = 100_000m },
    ];

    /// <summary>
    /// The data folder when none is configured: <c>$XDG_DATA_HOME/omnialpha</c>, else <c>~/.local/share/omnialpha</c>
    /// (Unix) or <c>%LOCALAPPDATA%\OmniAlpha</c> (Windows).
    /// </summary>
    public static string DataDir()
    {
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "OmniAlpha");
        string? xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        string root = string.IsNullOrEmpty(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
            : xdg;
        return Path.Combine(root, "omnialpha");
    }
}
