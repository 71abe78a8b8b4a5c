using OmniAlpha.Kernel.Live.Journal;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>A journal that only counts commits (the benchmark measures the engine, not a database).</summary>
internal sealed class CountingJournal : ITradingJournal
{
    public long Commits { get; private set; }
    public JournalState Load() => JournalState.Empty;
    public void Commit(JournalBatch batch) => Commits++;
    public void Dispose() { }
}
