using LiteDB;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Persistence.Documents;

namespace OmniAlpha.Persistence.Journal;

/// <summary>
/// <see cref="ITradingJournal"/> on the store's LiteDB file. A batch is written in one LiteDB transaction (all of it or
/// nothing) and only as the successor of the last committed batch, so a retried or replayed batch is never applied twice.
/// </summary>
public sealed class LiteDbTradingJournal : ITradingJournal
{
    private readonly LiteDbStore _store;
    private readonly bool _ownsStore;
    private int _disposed;

    internal LiteDbTradingJournal(LiteDbStore store, bool ownsStore)
    {
        _store = store;
        _ownsStore = ownsStore;
    }

    /// <summary>Opens a journal that owns its store file (disposing the journal closes the file).</summary>
    /// <exception cref="JournalException">The file cannot be opened; the message names it.</exception>
    public static LiteDbTradingJournal Open(string filePath) => new(LiteDbStore.Open(filePath), ownsStore: true);

    /// <summary>The store file.</summary>
    public string FilePath => _store.FilePath;

    /// <inheritdoc />
    /// <remarks>
    /// Reads everything while holding off commits, so the state is one committed point in time: meant for start and
    /// recovery. The API's listings use <see cref="JournalQueries"/>, which never block the engine.
    /// </remarks>
    public JournalState Load()
    {
        var db = Database;
        _store.BatchGate.EnterReadLock();
        try
        {
            return LoadState(db);
        }
        finally
        {
            _store.BatchGate.ExitReadLock();
        }
    }

    private JournalState LoadState(LiteDatabase db)
    {
        var last = LastBatch(db) is { } doc
            ? Decode(FilePath, StoreCollections.Batches, doc, d => (Sequence: DocumentFields.Int64(d, "_id"), DataTime: DocumentFields.Time(d, "dataTicks")))
            : default((long Sequence, DateTime DataTime)?);
        return new JournalState
        {
            LastSequence = last?.Sequence ?? 0,
            LastDataTimeUtc = last?.DataTime,
            ScriptVersions = ReadAll(db, StoreCollections.ScriptVersions, JournalRecordDocuments.ScriptVersion),
            Lifecycle = ReadAll(db, StoreCollections.Lifecycle, JournalRecordDocuments.Lifecycle),
            Orders = ReadAll(db, StoreCollections.Orders, JournalRecordDocuments.Order),
            Events = ReadAll(db, StoreCollections.OrderEvents, JournalRecordDocuments.Event),
            Fills = ReadAll(db, StoreCollections.Fills, JournalRecordDocuments.Fill),
            Cash = ReadAll(db, StoreCollections.CashLedger, JournalRecordDocuments.Cash),
            Positions = ReadAll(db, StoreCollections.Positions, JournalRecordDocuments.Position),
            Checkpoints = ReadAll(db, StoreCollections.LatestCheckpoints, JournalRecordDocuments.Checkpoint),
            Amendments = ReadAll(db, StoreCollections.Amendments, JournalRecordDocuments.Amendment),
        };
    }

    /// <inheritdoc />
    public void Commit(JournalBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var db = Database;
        _store.BatchGate.EnterWriteLock();
        try
        {
            if (!db.BeginTrans())
                throw new JournalException($"Journal {FilePath}: batch {batch.Sequence} was not committed because this thread already has an open transaction.");
            try
            {
                var last = LastBatch(db);
                long lastSequence = last is null ? 0 : DocumentFields.Int64(last, "_id");
                if (batch.Sequence <= lastSequence)
                    throw new JournalException($"Journal {FilePath}: batch {batch.Sequence} is already committed (the last batch is {lastSequence}); a batch is never applied twice.");
                if (batch.Sequence != lastSequence + 1)
                    throw new JournalException($"Journal {FilePath}: batch {batch.Sequence} would leave a gap after the last committed batch {lastSequence}.");
                Write(db, batch);
                if (!db.Commit())
                    throw new JournalException($"Journal {FilePath}: batch {batch.Sequence} was not committed: the transaction was already closed.");
            }
            catch (Exception e)
            {
                db.Rollback();
                if (e is JournalException) throw;
                throw new JournalException($"Journal {FilePath}: batch {batch.Sequence} could not be committed and nothing of it was written: {e.Message}", e);
            }
            _store.FlushToDisk($"batch {batch.Sequence}");
        }
        finally
        {
            _store.BatchGate.ExitWriteLock();
        }
    }

    /// <summary>Releases the file when the journal owns it; afterwards the journal refuses every call.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        if (_ownsStore) _store.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => $"LiteDbTradingJournal({FilePath})";

    private LiteDatabase Database
    {
        get
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            return _store.Database;
        }
    }

    private static BsonDocument? LastBatch(LiteDatabase db) =>
        db.GetCollection(StoreCollections.Batches).Query().OrderByDescending("_id").Limit(1).FirstOrDefault();

    private static void Write(LiteDatabase db, JournalBatch batch)
    {
        long seq = batch.Sequence;
        Insert(db, StoreCollections.ScriptVersions, batch.ScriptVersions, seq, JournalRecordDocuments.ScriptVersion);
        Insert(db, StoreCollections.Lifecycle, batch.Lifecycle, seq, JournalRecordDocuments.Lifecycle);
        Upsert(db, StoreCollections.Orders, batch.Orders, seq, JournalRecordDocuments.Order);
        Insert(db, StoreCollections.OrderEvents, batch.Events, seq, JournalRecordDocuments.Event);
        Insert(db, StoreCollections.Fills, batch.Fills, seq, JournalRecordDocuments.Fill);
        Insert(db, StoreCollections.CashLedger, batch.Cash, seq, JournalRecordDocuments.Cash);
        Upsert(db, StoreCollections.Positions, batch.Positions, seq, JournalRecordDocuments.Position);
        Insert(db, StoreCollections.Amendments, batch.Amendments, seq, JournalRecordDocuments.Amendment);
        Insert(db, StoreCollections.Checkpoints, batch.Checkpoints, seq, (r, ord) => JournalRecordDocuments.Checkpoint(r, ord, ord));
        Upsert(db, StoreCollections.LatestCheckpoints, batch.Checkpoints, seq, (r, ord) => JournalRecordDocuments.Checkpoint(r, ord, r.StrategyId));
        db.GetCollection(StoreCollections.Batches).Insert(new BsonDocument
        {
            ["_id"] = seq,
            ["dataTicks"] = DocumentFields.Time(batch.DataTimeUtc),
            ["wallTicks"] = DocumentFields.Time(batch.WallTimeUtc),
        });
    }

    // Insert, not upsert: a second record with the same key (fill id, event sequence, script version) is a bug upstream
    // and fails the whole batch instead of silently replacing history.
    private static void Insert<T>(LiteDatabase db, string collection, IReadOnlyList<T> records, long seq, Func<T, long, BsonDocument> toDocument)
    {
        if (records.Count == 0) return;
        db.GetCollection(collection).Insert(ToDocuments(collection, records, seq, toDocument));
    }

    private static void Upsert<T>(LiteDatabase db, string collection, IReadOnlyList<T> records, long seq, Func<T, long, BsonDocument> toDocument)
    {
        if (records.Count == 0) return;
        db.GetCollection(collection).Upsert(ToDocuments(collection, records, seq, toDocument));
    }

    private static IEnumerable<BsonDocument> ToDocuments<T>(string collection, IReadOnlyList<T> records, long seq, Func<T, long, BsonDocument> toDocument)
    {
        if (records.Count > DocumentKeys.MaxRecordsPerBatch)
            throw new InvalidDataException($"{records.Count} records for {collection} exceed the {DocumentKeys.MaxRecordsPerBatch} a batch may hold");
        for (int i = 0; i < records.Count; i++) yield return toDocument(records[i], DocumentKeys.Ordinal(seq, i));
    }

    private List<T> ReadAll<T>(LiteDatabase db, string collection, Func<BsonDocument, T> fromDocument)
    {
        var docs = db.GetCollection(collection).FindAll().ToList();
        docs.Sort((a, b) => a["ord"].AsInt64.CompareTo(b["ord"].AsInt64));
        return docs.Select(doc => Decode(FilePath, collection, doc, fromDocument)).ToList();
    }

    internal static T Decode<T>(string filePath, string collection, BsonDocument doc, Func<BsonDocument, T> fromDocument)
    {
        try
        {
            return fromDocument(doc);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidCastException or ArgumentException)
        {
            throw new JournalException($"Journal {filePath}: document {doc["_id"]} in collection {collection} is unreadable: {e.Message}", e);
        }
    }
}
