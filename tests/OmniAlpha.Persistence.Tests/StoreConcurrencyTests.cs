using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Persistence.Audit;
using OmniAlpha.Persistence.Journal;
using OmniAlpha.Persistence.Keys;
using OmniAlpha.Persistence.Tests.Support;

namespace OmniAlpha.Persistence.Tests;

public sealed class StoreConcurrencyTests
{
    [Fact]
    public async Task Api_threads_writing_audit_entries_and_verifying_keys_while_the_engine_commits_all_succeed()
    {
        using var folder = new TempStoreFolder();
        using var store = LiteDbStore.Open(folder.StorePath());
        var key = store.ApiKeys.Create("dashboard", ApiRole.Viewer);
        const int batches = 15, entriesPerThread = 10;

        var api = Enumerable.Range(0, 2).Select(t => Task.Factory.StartNew(() =>
        {
            for (int i = 0; i < entriesPerThread; i++)
            {
                Assert.NotNull(store.ApiKeys.Verify(key.Key));
                store.Audit.Append(new AuditEntry(DateTime.UtcNow, "dashboard", ApiRole.Viewer, "orders.list", null, AuditOutcome.Succeeded, null, $"{t}-{i}", null));
                store.Queries.Orders(new JournalPageRequest(Limit: 10));
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        var engine = Task.Factory.StartNew(() =>
        {
            for (int i = 1; i <= batches; i++) store.Journal.Commit(JournalSamples.Batch(i, new OrderRecord("sma", JournalSamples.Order("c-" + i, i))));
        }, TaskCreationOptions.LongRunning);

        var all = Task.WhenAll([.. api, engine]);
        Assert.Same(all, await Task.WhenAny(all, Task.Delay(TimeSpan.FromMinutes(2))));
        await all;
        Assert.Equal(batches, store.Journal.Load().Orders.Count);
        Assert.Equal(2 * entriesPerThread, store.Audit.Page(0, 100).Items.Count);
    }
}
