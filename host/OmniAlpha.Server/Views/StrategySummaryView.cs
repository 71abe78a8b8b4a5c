using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Server.Views;

/// <summary>A strategy in the list of strategies.</summary>
public sealed record StrategySummaryView(
    string Id,
    string Name,
    string FileName,
    int ScriptVersion,
    StrategyStatus Status,
    TradingState TradingState,
    string? Failure,
    IReadOnlyList<string> Symbols,
    decimal StartingCash,
    decimal Cash,
    decimal Equity,
    decimal RealizedPnl,
    decimal UnrealizedPnl,
    int OpenPositions,
    int OpenOrders)
{
    /// <summary>The summary of <paramref name="s"/>.</summary>
    public static StrategySummaryView From(StrategySnapshot s) => new(s.Id, s.Name, s.FileName, s.ScriptVersion, s.Status,
        s.TradingState, s.Failure, s.Symbols, s.StartingCash, s.Cash, s.Equity, s.RealizedPnl, s.UnrealizedPnl,
        s.Positions.Count, s.OpenOrders.Count);
}
