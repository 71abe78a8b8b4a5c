using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Server.Views;

/// <summary>One strategy with its positions, open orders and recent fills (the equity curve is at /api/equity).</summary>
public sealed record StrategyDetailView(
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
    IReadOnlyList<PositionItemView> Positions,
    IReadOnlyList<OrderView> OpenOrders,
    IReadOnlyList<FillView> RecentFills)
{
    /// <summary>The detail of <paramref name="s"/>.</summary>
    public static StrategyDetailView From(StrategySnapshot s) => new(s.Id, s.Name, s.FileName, s.ScriptVersion, s.Status,
        s.TradingState, s.Failure, s.Symbols, s.StartingCash, s.Cash, s.Equity, s.RealizedPnl, s.UnrealizedPnl,
        s.Positions.Select(p => PositionItemView.From(s.Id, p)).ToList(),
        s.OpenOrders.Select(o => OrderView.From(s.Id, o)).ToList(),
        s.RecentFills.Select(f => FillView.From(s.Id, f)).ToList());
}
