using LiteDB;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Persistence.Documents;

namespace OmniAlpha.Persistence.Journal;

/// <summary>
/// Read-side queries for the API: newest-first pages of orders, fills, order events and lifecycle, and equity curves.
/// Safe to call from any thread while the engine commits; each call reads one committed state.
/// </summary>
public sealed class JournalQueries
{
    private readonly LiteDbStore _store;

    internal JournalQueries(LiteDbStore store) => _store = store;

    /// <summary>Orders (latest snapshot), most recently changed first.</summary>
    public JournalPage<OrderRecord> Orders(JournalPageRequest request) =>
        Page(StoreCollections.Orders, "ord", request, JournalRecordDocuments.Order);

    /// <summary>Fills, newest first.</summary>
    public JournalPage<FillRecord> Fills(JournalPageRequest request) =>
        Page(StoreCollections.Fills, "_id", request, JournalRecordDocuments.Fill);

    /// <summary>Order events, newest first.</summary>
    public JournalPage<OrderEventRecord> OrderEvents(JournalPageRequest request) =>
        Page(StoreCollections.OrderEvents, "_id", request, JournalRecordDocuments.Event);

    /// <summary>Lifecycle commands, newest first (host-wide ones only when no strategy is asked for).</summary>
    public JournalPage<LifecycleRecord> Lifecycle(JournalPageRequest request) =>
        Page(StoreCollections.Lifecycle, "_id", request, JournalRecordDocuments.Lifecycle);

    /// <summary>
    /// The equity curve of <paramref name="strategyId"/> between two data times (both included), oldest first,
    /// thinned to at most <paramref name="maxPoints"/> evenly spaced samples that keep the first and the last.
    /// </summary>
    public IReadOnlyList<EquitySample> EquityCurve(string strategyId, DateTime fromUtc, DateTime toUtc, int maxPoints)
    {
        ArgumentException.ThrowIfNullOrEmpty(strategyId);
        if (maxPoints < 2) throw new ArgumentOutOfRangeException(nameof(maxPoints), maxPoints, "an equity curve needs at least 2 points");
        long from = DocumentFields.Ticks(fromUtc), to = DocumentFields.Ticks(toUtc);
        if (to < from) return [];

        var db = _store.Database;
        var samples = db.GetCollection(StoreCollections.Checkpoints).Query()
                .Where(Query.Between("tk", JournalRecordDocuments.CurveKey(strategyId, from, 0), JournalRecordDocuments.CurveKey(strategyId, to, long.MaxValue)))
                .OrderBy("tk")
                .Select("{ dataTicks: $.dataTicks, equity: $.equity }")
                .ToEnumerable()
                .Select(doc => DecodeSample(doc))
                .ToList();
        return Downsample(samples, maxPoints);
    }

    private EquitySample DecodeSample(BsonDocument doc) =>
        LiteDbTradingJournal.Decode(_store.FilePath, StoreCollections.Checkpoints, doc,
            d => new EquitySample(DocumentFields.Time(d, "dataTicks"), DocumentFields.Decimal(d, "equity")));

    internal static IReadOnlyList<EquitySample> Downsample(List<EquitySample> samples, int maxPoints)
    {
        if (samples.Count <= maxPoints) return samples;
        var result = new List<EquitySample>(maxPoints);
        int last = samples.Count - 1;
        // Index i * last / (maxPoints - 1), in Int64 so long curves cannot overflow: strictly increasing, ends included.
        for (int i = 0; i < maxPoints; i++) result.Add(samples[(int)((long)i * last / (maxPoints - 1))]);
        return result;
    }

    // newestFirst: the indexed field whose descending order is newest first ("_id" of appended records is their ord).
    private JournalPage<T> Page<T>(string collection, string newestFirst, JournalPageRequest request, Func<BsonDocument, T> fromDocument)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var db = _store.Database;
        // One collection per query: LiteDB reads it at one committed state, so a page never holds half a batch.
        List<BsonDocument> docs;
        var query = db.GetCollection(collection).Query();
        if (request.StrategyId is { } strategy)
        {
            string prefix = DocumentKeys.Strategy(strategy);
            // Keys after the prefix are digits, all below '~' in ordinal order.
            docs = query.Where(Query.Between("sk", prefix, prefix + "~")).OrderByDescending("sk")
                .Offset(request.Skip).Limit(request.Limit + 1).ToList();
        }
        else
        {
            docs = query.OrderByDescending(newestFirst).Offset(request.Skip).Limit(request.Limit + 1).ToList();
        }
        bool hasMore = docs.Count > request.Limit;
        var items = docs.Take(request.Limit).Select(doc => LiteDbTradingJournal.Decode(_store.FilePath, collection, doc, fromDocument)).ToList();
        return new JournalPage<T>(items, request.Skip, hasMore);
    }
}
