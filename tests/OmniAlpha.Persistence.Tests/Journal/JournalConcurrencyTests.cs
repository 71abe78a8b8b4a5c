using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Persistence.Journal;
using OmniAlpha.Persistence.Tests.Support;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Persistence.Tests.Journal;

public sealed class JournalConcurrencyTests
{
    private const int FillsPerBatch = 25;

    private static JournalBatch BatchWithFills(long sequence) => JournalSamples.Batch(sequence) with
    {
        Fills = Enumerable.Range(0, FillsPerBatch).Select(i => new FillRecord("sma", JournalSamples.Fill((sequence - 1) * FillsPerBatch + i + 1))).ToList(),
        Events = Enumerable.Range(0, FillsPerBatch).Select(i => new OrderEventRecord("sma", (sequence - 1) * FillsPerBatch + i + 1, new OrderAccepted(JournalSamples.Order(), JournalSamples.T0))).ToList(),
    };

    [Fact]
    public async Task Readers_running_while_the_writer_commits_never_see_half_a_batch()
    {
        using var folder = new TempStoreFolder();
        using var store = LiteDbStore.Open(folder.StorePath());
        const int batches = 20;
        using var done = new CancellationTokenSource();
        var observations = new List<(long Sequence, int Fills, int Events)>[2];

        var readers = Enumerable.Range(0, observations.Length).Select(r => Task.Factory.StartNew(() =>
        {
            var seen = observations[r] = [];
            while (!done.IsCancellationRequested)
            {
                var state = store.Journal.Load();
                seen.Add((state.LastSequence, state.Fills.Count, state.Events.Count));
                var page = store.Queries.Fills(new JournalPageRequest("sma", Limit: JournalPageRequest.MaxLimit));
                Assert.Equal(0, page.Items.Count % FillsPerBatch);
            }
        }, TaskCreationOptions.LongRunning)).ToArray();

        for (int i = 1; i <= batches; i++) store.Journal.Commit(BatchWithFills(i));
        done.Cancel();
        await Task.WhenAll(readers);

        var all = observations.SelectMany(o => o).ToList();
        Assert.All(all, o =>
        {
            Assert.Equal(o.Sequence * FillsPerBatch, o.Fills);
            Assert.Equal(o.Sequence * FillsPerBatch, o.Events);
        });
        Assert.Contains(all, o => o.Sequence is > 0 and < batches);
        Assert.Equal(batches * FillsPerBatch, store.Journal.Load().Fills.Count);
    }
}
