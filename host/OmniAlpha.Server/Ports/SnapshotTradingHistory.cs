using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;

namespace OmniAlpha.Server.Ports;

/// <summary>
/// The history the live snapshot itself holds (open orders, the engine's recent fills and equity curve): the default
/// when no journal-backed <see cref="ITradingHistory"/> is registered.
/// </summary>
public sealed class SnapshotTradingHistory(ITradingHost host) : ITradingHistory
{
    /// <inheritdoc />
    public IReadOnlyList<OrderRecord> Orders(string? strategyId, int limit) =>
        Select(strategyId)
            .SelectMany(s => s.OpenOrders.Select(o => new OrderRecord(s.Id, o)))
            .OrderByDescending(r => r.Order.LastUpdateTime).ThenByDescending(r => r.Order.OrderId)
            .Take(limit).ToList();

    /// <inheritdoc />
    public IReadOnlyList<FillRecord> Fills(string? strategyId, int limit) =>
        Select(strategyId)
            .SelectMany(s => s.RecentFills.Select(f => new FillRecord(s.Id, f)))
            .OrderByDescending(r => r.Fill.Time).ThenByDescending(r => r.Fill.FillId)
            .Take(limit).ToList();

    /// <inheritdoc />
    public IReadOnlyList<EquitySample> Equity(string strategyId, int maxPoints) =>
        EquityCurves.Thin(Select(strategyId).FirstOrDefault()?.EquityCurve ?? [], maxPoints);

    private IEnumerable<StrategySnapshot> Select(string? strategyId) =>
        strategyId is null
            ? host.Current.Strategies
            : host.Current.Strategies.Where(s => string.Equals(s.Id, strategyId, StringComparison.Ordinal));
}
