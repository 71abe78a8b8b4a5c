using LiteDB;

namespace OmniAlpha.Persistence;

/// <summary>
/// A read-only transaction on the calling thread: every collection read inside it sees the same committed state, so a
/// reader never sees half of a batch that a writer commits meanwhile. LiteDB binds transactions to threads; when the
/// thread already has one, reads join it and disposing leaves it alone.
/// </summary>
internal readonly struct ReadSnapshot : IDisposable
{
    private readonly LiteDatabase? _database;

    private ReadSnapshot(LiteDatabase? database) => _database = database;

    public static ReadSnapshot Begin(LiteDatabase database) => new(database.BeginTrans() ? database : null);

    /// <summary>Ends the transaction; it wrote nothing, so rolling back only releases the snapshot.</summary>
    public void Dispose() => _database?.Rollback();
}
