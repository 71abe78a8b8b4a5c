using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Server.Views;

/// <summary>One strategy's account (or the totals, with a null strategy id). Money is exact.</summary>
/// <param name="StrategyId">The strategy, or null for the totals.</param>
/// <param name="StartingCash">Capital allocated.</param>
/// <param name="Cash">Cash now.</param>
/// <param name="PositionsValue">Market value of the open positions.</param>
/// <param name="Equity">Cash plus positions, as the engine marked it.</param>
/// <param name="RealizedPnl">Realized profit and loss.</param>
/// <param name="UnrealizedPnl">Unrealized profit and loss of the open positions.</param>
public sealed record AccountLineView(string? StrategyId, decimal StartingCash, decimal Cash, decimal PositionsValue, decimal Equity,
    decimal RealizedPnl, decimal UnrealizedPnl)
{
    /// <summary>The account of <paramref name="strategy"/>.</summary>
    public static AccountLineView From(StrategySnapshot strategy) => new(strategy.Id, strategy.StartingCash, strategy.Cash,
        strategy.Positions.Sum(p => p.MarketValue), strategy.Equity, strategy.RealizedPnl, strategy.UnrealizedPnl);

    /// <summary>The sum of <paramref name="lines"/>.</summary>
    public static AccountLineView Total(IReadOnlyList<AccountLineView> lines) => new(null, lines.Sum(l => l.StartingCash),
        lines.Sum(l => l.Cash), lines.Sum(l => l.PositionsValue), lines.Sum(l => l.Equity), lines.Sum(l => l.RealizedPnl),
        lines.Sum(l => l.UnrealizedPnl));
}
