using LiteDB;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Persistence.Audit;
using OmniAlpha.Persistence.Journal;
using OmniAlpha.Persistence.Keys;
using OmniAlpha.Persistence.Secrets;

namespace OmniAlpha.Persistence;

/// <summary>
/// The live host's one LiteDB file: trading journal, read-side queries, audit log, API keys and encrypted secrets.
/// Opened in direct mode: the host process is the only writer (an exclusive lock file refuses a second store on the
/// same file) and its API readers share this instance, which LiteDB makes thread-safe; readers see committed
/// transactions only.
/// </summary>
public sealed class LiteDbStore : IDisposable
{
    /// <summary>Schema version this build writes and the newest it can read.</summary>
    public const int CurrentSchemaVersion = 1;

    private readonly LiteDatabase _database;
    private readonly FileStream _lock;
    private int _disposed;

    private LiteDbStore(string filePath, LiteDatabase database, FileStream lockFile)
    {
        FilePath = filePath;
        _database = database;
        _lock = lockFile;
        Journal = new LiteDbTradingJournal(this, ownsStore: false);
        Queries = new JournalQueries(this);
        Audit = new AuditLog(this);
        ApiKeys = new ApiKeyStore(this);
    }

    /// <summary>Full path of the store file.</summary>
    public string FilePath { get; }

    /// <summary>The trading journal (disposing it leaves the store open).</summary>
    public LiteDbTradingJournal Journal { get; }

    /// <summary>Read-side queries for the API.</summary>
    public JournalQueries Queries { get; }

    /// <summary>The append-only audit log.</summary>
    public AuditLog Audit { get; }

    /// <summary>API keys (hashes only).</summary>
    public ApiKeyStore ApiKeys { get; }

    /// <summary>
    /// Held for writing while a batch commits and for reading while a reader needs several collections at one point in
    /// time: LiteDB snapshots each collection when a transaction first touches it, so without the gate a reader could
    /// see the batch cursor before a commit and the fills after it. One collection alone is always consistent.
    /// </summary>
    internal ReaderWriterLockSlim BatchGate { get; } = new(LockRecursionPolicy.NoRecursion);

    internal LiteDatabase Database
    {
        get
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            return _database;
        }
    }

    /// <summary>
    /// Makes every committed transaction durable before returning. LiteDB 5 returns from a commit once the transaction's
    /// pages are queued for an asynchronous writer (a copy of the files taken right after a commit, as kill -9 would
    /// leave them, missed most of eight committed batches); its public Checkpoint waits for that writer, copies the log
    /// into the data file and flushes it to disk.
    /// </summary>
    /// <exception cref="JournalException">The flush failed: what was committed may not survive a crash; stop the host.</exception>
    internal void FlushToDisk(string what)
    {
        try
        {
            Database.Checkpoint();
        }
        catch (Exception e) when (e is IOException or LiteException or UnauthorizedAccessException)
        {
            throw new JournalException(
                $"The store {FilePath}: {what} was committed but could not be flushed to disk ({e.Message}); it may not survive a crash, stop the host.", e);
        }
    }

    /// <summary>Secrets encrypted with <paramref name="key"/> (the caller keeps owning the key).</summary>
    public EncryptedSecretStore OpenSecrets(SecretKey key) => new(this, key);

    /// <summary>Opens (or creates) the store at <paramref name="filePath"/>.</summary>
    /// <exception cref="JournalException">The file is locked, corrupt, not writable, or has a newer schema; the message names it.</exception>
    public static LiteDbStore Open(string filePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        string fullPath = Path.GetFullPath(filePath);
        try
        {
            string? directory = Path.GetDirectoryName(fullPath);
            if (directory is not null) Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new JournalException($"Cannot open the store {fullPath}: its folder cannot be created ({e.Message})", e);
        }

        FileStream lockFile;
        try
        {
            // LiteDB's direct mode does not lock the file on Unix, and two writers would corrupt it. An exclusive handle
            // on a lock file beside it (flock on Unix) refuses a second store in this or another process; the OS
            // releases it when the process dies, even by kill -9.
            lockFile = new FileStream(fullPath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new JournalException($"Cannot open the store {fullPath}: it is locked by another process or another open store ({e.Message})", e);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or NotSupportedException)
        {
            throw new JournalException($"Cannot open the store {fullPath}: {Describe(e)}", e);
        }

        LiteDatabase database;
        try
        {
            database = new LiteDatabase(new ConnectionString
            {
                Filename = fullPath,
                Connection = ConnectionType.Direct,
                // Ordinal: ids that differ only in case are different ids, and key order is byte order.
                Collation = new Collation("en-US/Ordinal"),
            });
        }
        catch (Exception e)
        {
            // Whatever LiteDB throws on a damaged file (its own exceptions, casts, ranges), the message names the file.
            lockFile.Dispose();
            throw new JournalException($"Cannot open the store {fullPath}: {Describe(e)}", e);
        }

        try
        {
            EnsureSchema(database, fullPath);
            EnsureIndexes(database);
            return new LiteDbStore(fullPath, database, lockFile);
        }
        catch (Exception e)
        {
            database.Dispose();
            lockFile.Dispose();
            if (e is JournalException) throw;
            throw new JournalException($"Cannot open the store {fullPath}: {Describe(e)}", e);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _database.Dispose();
        _lock.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => $"LiteDbStore({FilePath})";

    private static string Describe(Exception e) => e switch
    {
        IOException => "it cannot be read or written (" + e.Message + ")",
        UnauthorizedAccessException => "it is not writable by this user (" + e.Message + ")",
        LiteException when e.Message.Contains("collation", StringComparison.OrdinalIgnoreCase) =>
            "it was created with another collation than the ordinal one OmniAlpha uses, so not by OmniAlpha (" + e.Message + ")",
        LiteException => "it is not a valid LiteDB file or it is corrupt (" + e.Message + ")",
        _ => e.Message,
    };

    private static void EnsureSchema(LiteDatabase database, string path)
    {
        var schema = database.GetCollection(StoreCollections.Schema);
        var doc = schema.FindById("schema");
        if (doc is null)
        {
            schema.Insert(new BsonDocument
            {
                ["_id"] = "schema",
                ["version"] = CurrentSchemaVersion,
                ["createdTicks"] = DateTime.UtcNow.Ticks,
            });
            return;
        }
        if (!doc.TryGetValue("version", out var version) || !version.IsInt32)
            throw new JournalException($"The store {path} has a schema document without a version: it was not written by OmniAlpha.");
        if (version.AsInt32 > CurrentSchemaVersion)
            throw new JournalException(
                $"The store {path} has schema version {version.AsInt32}, but this OmniAlpha reads schema version {CurrentSchemaVersion} at most: " +
                "upgrade OmniAlpha, or use another file.");
    }

    // Only the indexes a query uses: every index costs each insert. Appended collections use _id (= ord) for
    // newest-first pages, "sk" for one strategy's pages; "uk" enforces unique natural keys; "tk" serves equity curves.
    private static void EnsureIndexes(LiteDatabase database)
    {
        database.GetCollection(StoreCollections.Orders).EnsureIndex("ord", "$.ord");
        foreach (string name in new[] { StoreCollections.Orders, StoreCollections.OrderEvents, StoreCollections.Fills, StoreCollections.Lifecycle })
            database.GetCollection(name).EnsureIndex("sk", "$.sk");
        database.GetCollection(StoreCollections.OrderEvents).EnsureIndex("uk", "$.uk", unique: true);
        database.GetCollection(StoreCollections.Fills).EnsureIndex("uk", "$.uk", unique: true);
        database.GetCollection(StoreCollections.Checkpoints).EnsureIndex("tk", "$.tk");
        database.GetCollection(StoreCollections.ApiKeys).EnsureIndex("prefix", "$.prefix");
        database.GetCollection(StoreCollections.ApiKeys).EnsureIndex("hash", "$.hash", unique: true);
    }
}
