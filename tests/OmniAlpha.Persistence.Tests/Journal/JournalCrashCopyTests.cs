using OmniAlpha.Persistence.Journal;
using OmniAlpha.Persistence.Tests.Support;

namespace OmniAlpha.Persistence.Tests.Journal;

public sealed class JournalCrashCopyTests
{
    [Fact]
    public void The_files_as_an_abrupt_stop_leaves_them_load_every_committed_batch()
    {
        using var live = new TempStoreFolder();
        using var crashed = new TempStoreFolder();
        var random = new RandomJournal(seed: 42);
        using var store = LiteDbStore.Open(live.StorePath());
        for (int i = 0; i < 8; i++) store.Journal.Commit(random.Next());

        // While the store is still open (no clean shutdown, no checkpoint into the data file): committed batches live
        // in LiteDB's log file, and the copy must recover them from it, as after kill -9.
        foreach (string file in Directory.GetFiles(live.Folder).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            using var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var target = File.Create(Path.Combine(crashed.Folder, Path.GetFileName(file)));
            source.CopyTo(target);
        }

        using var recovered = LiteDbTradingJournal.Open(crashed.StorePath());
        JournalAssert.Equal(random.Expected(), recovered.Load());
        recovered.Commit(random.Next());
        Assert.Equal(9, recovered.Load().LastSequence);
    }
}
