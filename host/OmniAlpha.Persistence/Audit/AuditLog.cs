using LiteDB;
using OmniAlpha.Persistence.Documents;
using OmniAlpha.Persistence.Journal;
using OmniAlpha.Persistence.Keys;
using static OmniAlpha.Persistence.Documents.DocumentFields;

namespace OmniAlpha.Persistence.Audit;

/// <summary>
/// The append-only audit log in the store file (collection "audit"). This class can only append and read: nothing in
/// it updates or deletes an entry. Each append is its own transaction, flushed to disk before it returns.
/// </summary>
public sealed class AuditLog
{
    /// <summary>Longest <see cref="AuditEntry.Details"/> kept; longer text is cut (a log entry is not a data store).</summary>
    public const int MaxDetailsLength = 2000;

    private readonly LiteDbStore _store;

    internal AuditLog(LiteDbStore store) => _store = store;

    /// <summary>Appends <paramref name="entry"/> and returns it with its assigned <see cref="AuditEntry.Id"/>.</summary>
    public AuditEntry Append(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Action);
        string? details = entry.Details is { Length: > MaxDetailsLength } d ? d[..MaxDetailsLength] + "..." : entry.Details;
        var doc = new BsonDocument
        {
            ["timeTicks"] = Time(entry.TimeUtc),
            ["actor"] = entry.Actor,
            ["role"] = entry.Role is { } role ? Enum(role) : BsonValue.Null,
            ["action"] = entry.Action,
            ["target"] = Nullable(entry.Target),
            ["outcome"] = Enum(entry.Outcome),
            ["remoteAddress"] = Nullable(entry.RemoteAddress),
            ["requestId"] = Nullable(entry.RequestId),
            ["details"] = Nullable(details),
        };
        var id = Collection().Insert(doc);
        _store.FlushToDisk($"audit entry {id}");
        return entry with { Id = id.AsInt64, Details = details };
    }

    /// <summary>Entries newest first; <see cref="JournalPageRequest.StrategyId"/> is not used (filter by actor instead).</summary>
    public JournalPage<AuditEntry> Page(int skip, int limit, string? actor = null)
    {
        new JournalPageRequest(null, skip, limit).Validate();
        var query = Collection().Query();
        if (actor is not null) query = query.Where(Query.EQ("actor", actor));
        var docs = query.OrderByDescending("_id").Offset(skip).Limit(limit + 1).ToList();
        var items = docs.Take(limit)
            .Select(doc => LiteDbTradingJournal.Decode(_store.FilePath, StoreCollections.Audit, doc, FromDocument))
            .ToList();
        return new JournalPage<AuditEntry>(items, skip, docs.Count > limit);
    }

    private ILiteCollection<BsonDocument> Collection() => _store.Database.GetCollection(StoreCollections.Audit, BsonAutoId.Int64);

    private static AuditEntry FromDocument(BsonDocument d) =>
        new(Time(d, "timeTicks"), String(d, "actor"), NullableString(d, "role") is null ? null : Enum<ApiRole>(d, "role"),
            String(d, "action"), NullableString(d, "target"), Enum<AuditOutcome>(d, "outcome"), NullableString(d, "remoteAddress"),
            NullableString(d, "requestId"), NullableString(d, "details"))
        {
            Id = Int64(d, "_id"),
        };
}
