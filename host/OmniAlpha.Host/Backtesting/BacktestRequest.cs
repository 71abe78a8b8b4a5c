using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Host.Backtesting;

/// <summary>Everything the <c>backtest</c> command was asked to do.</summary>
internal sealed record BacktestRequest
{
    /// <summary>A strategy source file (.cs), a compiled assembly (.dll), or the name of a built-in sample.</summary>
    public required string Strategy { get; init; }

    /// <summary>CSV file or folder; null runs on the built-in sample data.</summary>
    public string? DataPath { get; init; }

    /// <summary>Symbols to trade (all the data's symbols when empty).</summary>
    public IReadOnlyList<string> Symbols { get; init; } = [];

    public DateTime? FromUtc { get; init; }
    public DateTime? ToUtc { get; init; }
    public AccountSettings Account { get; init; } = new(100_000m);
    public string Commission { get; init; } = "none";
    public string Slippage { get; init; } = "none";
    public decimal? VolumeCap { get; init; }
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();
    public BadRowPolicy OnBadRow { get; init; } = BadRowPolicy.Fail;
    public string? OutputDirectory { get; init; }

    /// <summary>Isolation level, budgets and failure policy of the strategy.</summary>
    public ScriptSettings Scripts { get; init; } = new();

    /// <summary>Ids of the risk plugins whose pre-trade checks every order must pass, in order (<c>--risk</c>).</summary>
    public IReadOnlyList<string> RiskPlugins { get; init; } = [];
}
