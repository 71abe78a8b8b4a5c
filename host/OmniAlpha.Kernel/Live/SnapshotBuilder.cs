using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Live;

/// <summary>Builds a strategy's immutable snapshot on the engine thread (every number from the same instant).</summary>
internal static class SnapshotBuilder
{
    public static StrategySnapshot Build(StrategySlot slot, int recentFills)
    {
        var portfolio = slot.Portfolio;
        var positions = new List<PositionView>();
        foreach (var p in portfolio.Positions)
        {
            if (p.Quantity == 0m) continue;
            var ledger = portfolio.Ledger(p.Symbol);
            positions.Add(new PositionView(p.Symbol.ToString(), p.Quantity, ledger.AverageCost, ledger.LastPrice, ledger.MarketValue,
                ledger.RealizedPnl, ledger.UnrealizedPnl));
        }
        var fills = slot.Router.Fills;
        int from = Math.Max(0, fills.Count - recentFills);
        var recent = new Fill[fills.Count - from];
        for (int i = from; i < fills.Count; i++) recent[i - from] = fills[i];
        return new StrategySnapshot(slot.Id, slot.Name, slot.Version.FileName, slot.Version.Version, slot.Status, slot.EffectiveState,
            slot.Failure, slot.Version.Symbols, slot.Version.StartingCash, portfolio.Cash, portfolio.Equity, portfolio.RealizedPnl,
            portfolio.UnrealizedPnl, positions, [.. slot.Router.GetOpenOrders(null)], recent, slot.Curve.ToArray())
        {
            UnknownOutcomeOrders = [.. slot.Brokerage.UnknownOutcomes.Order().Select(id => slot.Router.Get(id)!.ClientOrderId)],
        };
    }
}
