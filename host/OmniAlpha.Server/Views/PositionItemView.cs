using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Server.Views;

/// <summary>An open position of a strategy.</summary>
public sealed record PositionItemView(string StrategyId, string Symbol, decimal Quantity, decimal AverageCost, decimal LastPrice,
    decimal MarketValue, decimal RealizedPnl, decimal UnrealizedPnl)
{
    /// <summary>The view of <paramref name="position"/>.</summary>
    public static PositionItemView From(string strategyId, PositionView position) => new(strategyId, position.Symbol,
        position.Quantity, position.AverageCost, position.LastPrice, position.MarketValue, position.RealizedPnl, position.UnrealizedPnl);
}
