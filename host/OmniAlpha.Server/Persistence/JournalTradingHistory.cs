using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Persistence.Journal;
using OmniAlpha.Server.Ports;

namespace OmniAlpha.Server.Persistence;

/// <summary>Plugs the persistence layer's <see cref="JournalQueries"/> (the LiteDB journal) into the API's history port.</summary>
public sealed class JournalTradingHistory(JournalQueries queries) : ITradingHistory
{
    /// <inheritdoc />
    public IReadOnlyList<OrderRecord> Orders(string? strategyId, int limit) =>
        queries.Orders(new JournalPageRequest(strategyId, 0, Math.Min(limit, JournalPageRequest.MaxLimit))).Items;

    /// <inheritdoc />
    public IReadOnlyList<FillRecord> Fills(string? strategyId, int limit) =>
        queries.Fills(new JournalPageRequest(strategyId, 0, Math.Min(limit, JournalPageRequest.MaxLimit))).Items;

    /// <inheritdoc />
    public IReadOnlyList<EquitySample> Equity(string strategyId, int maxPoints) =>
        queries.EquityCurve(strategyId, DateTime.MinValue, DateTime.MaxValue, maxPoints);
}
