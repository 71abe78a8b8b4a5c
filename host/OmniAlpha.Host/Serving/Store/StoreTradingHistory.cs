using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Persistence.Journal;
using OmniAlpha.Server.Ports;

namespace OmniAlpha.Host.Serving.Store;

/// <summary>The API's history port over the journal's read side: every order and fill ever committed, not only the snapshot's recent ones.</summary>
internal sealed class StoreTradingHistory(JournalQueries queries) : ITradingHistory
{
    public IReadOnlyList<OrderRecord> Orders(string? strategyId, int limit) =>
        queries.Orders(new JournalPageRequest(strategyId, 0, Clamp(limit))).Items;

    public IReadOnlyList<FillRecord> Fills(string? strategyId, int limit) =>
        queries.Fills(new JournalPageRequest(strategyId, 0, Clamp(limit))).Items;

    public IReadOnlyList<EquitySample> Equity(string strategyId, int maxPoints) =>
        queries.EquityCurve(strategyId, DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc), DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc), Math.Max(2, maxPoints));

    private static int Clamp(int limit) => Math.Clamp(limit, 1, JournalPageRequest.MaxLimit);
}
