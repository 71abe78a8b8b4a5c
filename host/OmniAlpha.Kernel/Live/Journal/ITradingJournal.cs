namespace OmniAlpha.Kernel.Live.Journal;

/// <summary>
/// The live engine's durable record (the persistence port; LiteDB in production, in memory in kernel tests).
/// Crash-only contract: everything the engine decided within one batch is committed atomically, before any order in
/// it is sent to a broker (write-ahead). A clean start and a recovery both begin with <see cref="Load"/>.
/// </summary>
public interface ITradingJournal : IDisposable
{
    /// <summary>Everything committed so far (empty for a new journal).</summary>
    JournalState Load();

    /// <summary>Commits <paramref name="batch"/> in one transaction; when this returns the batch is durable.</summary>
    /// <exception cref="JournalException">The write failed; nothing of the batch was committed.</exception>
    void Commit(JournalBatch batch);
}
