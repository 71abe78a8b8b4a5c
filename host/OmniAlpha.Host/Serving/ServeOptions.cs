namespace OmniAlpha.Host.Serving;

/// <summary>
/// The <c>Serve</c> configuration section of <c>omnialpha serve</c>: where state lives, what is replayed at which speed,
/// and the strategies deployed at start. Validated on start by <see cref="ServeOptionsValidator"/> (errors name the key).
/// </summary>
internal sealed class ServeOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Serve";

    /// <summary>
    /// Folder of the database (<c>omnialpha.db</c>), the logs and the compile cache; relative paths are relative to the
    /// configuration file's folder. Default: <c>$XDG_DATA_HOME/omnialpha</c> (<c>~/.local/share/omnialpha</c>).
    /// </summary>
    public string? DataDir { get; set; }

    /// <summary>Compiled-script cache folder (relative: to the configuration file); default <c>cache/scripts</c> in the data folder.</summary>
    public string? CompileCacheDir { get; set; }

    /// <summary>Replay speed as a multiple of real time (1 = real time, 60 = a minute of data per second); 0 = as fast as possible.</summary>
    public double Speed { get; set; } = ServeDefaults.DemoSpeed;

    /// <summary>Stop the service (exit 0) once the replay has played the whole data set (batch runs, tests); default: keep serving.</summary>
    public bool StopAtEndOfData { get; set; }

    /// <summary>Wall time between checkpoint batches (every strategy's cash and equity are journaled even when nothing traded).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The data set the replay feed plays (same sources as <c>omnialpha backtest</c>).</summary>
    public ServeDataOptions Data { get; set; } = new();

    /// <summary>Strategies deployed at start (a strategy already in the database is recovered, not deployed again).</summary>
    public List<ServeStrategyOptions> Strategies { get; set; } = [];

    /// <summary>Paper broker commission model (the backtest's <c>--commission</c> forms, e.g. <c>none</c>, <c>per-share:0.005</c>).</summary>
    public string Commission { get; set; } = "none";

    /// <summary>Paper broker slippage model (the backtest's <c>--slippage</c> forms).</summary>
    public string Slippage { get; set; } = "none";

    /// <summary>
    /// Plaintext of a bootstrap admin API key (better: the <c>OMNIALPHA_ADMIN_KEY</c> environment variable). Stored
    /// hashed in the database on start; never logged.
    /// </summary>
    public string? AdminKey { get; set; }

    /// <summary>
    /// File holding the key that encrypts the secret store (used when <c>OMNIALPHA_SECRETS_KEY</c> is not set); created
    /// with owner-only permissions when missing. Default: <c>secrets.key</c> in the data folder.
    /// </summary>
    public string? SecretsKeyFile { get; set; }

    /// <summary>Log file settings (the <c>Serilog</c> section adds sinks, levels and overrides).</summary>
    public ServeLogOptions Logs { get; set; } = new();
}
