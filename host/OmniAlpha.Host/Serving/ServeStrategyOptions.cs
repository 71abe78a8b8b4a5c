namespace OmniAlpha.Host.Serving;

/// <summary>One entry of <c>Serve:Strategies</c>: a strategy deployed at start.</summary>
internal sealed class ServeStrategyOptions
{
    /// <summary>Unique id of the deployment (letters, digits, '-', '_', '.'; e.g. <c>sma-alfa</c>).</summary>
    public string? Id { get; set; }

    /// <summary>
    /// Script file (<c>.cs</c> compiled in the sandbox, or <c>.js</c>), relative to the configuration file; or the name of
    /// a sample shipped in the executable (<c>SmaCross.cs</c>, <c>RsiReversion.js</c>...).
    /// </summary>
    public string? Script { get; set; }

    /// <summary>Symbols the strategy trades (at least one; each must be in the data set).</summary>
    public List<string> Symbols { get; set; } = [];

    /// <summary>Strategy parameters (name to value, read by the strategy in OnStart).</summary>
    public Dictionary<string, string> Parameters { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Capital allocated to the strategy's own account.</summary>
    public decimal StartingCash { get; set; } = 100_000m;
}
