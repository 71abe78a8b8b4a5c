using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Live;

/// <summary>One strategy at a snapshot's instant. Money is exact.</summary>
public sealed record StrategySnapshot(
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
    IReadOnlyList<PositionView> Positions,
    IReadOnlyList<Order> OpenOrders,
    IReadOnlyList<Fill> RecentFills,
    IReadOnlyList<EquitySample> EquityCurve)
{
    /// <summary>Client order ids of orders whose submit outcome is unknown (the venue call timed out or failed in transit); never resent.</summary>
    public IReadOnlyList<string> UnknownOutcomeOrders { get; init; } = [];
}
