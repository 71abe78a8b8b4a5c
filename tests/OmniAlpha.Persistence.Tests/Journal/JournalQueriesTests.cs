using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Persistence.Journal;
using OmniAlpha.Persistence.Tests.Support;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Persistence.Tests.Journal;

public sealed class JournalQueriesTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();
    private readonly LiteDbStore _store;

    public JournalQueriesTests()
    {
        _store = LiteDbStore.Open(_folder.StorePath());
        // 6 batches; each has one fill and one event for "a" and for "b" (and "a2", which shares a prefix with "a").
        for (int i = 1; i <= 6; i++)
        {
            string[] strategies = ["a", "b", "a2"];
            _store.Journal.Commit(JournalSamples.Batch(i) with
            {
                Orders = strategies.Select(s => new OrderRecord(s, JournalSamples.Order($"{s}-{i}", i))).ToList(),
                Events = strategies.Select(s => new OrderEventRecord(s, i, new OrderAccepted(JournalSamples.Order($"{s}-{i}", i), JournalSamples.T0))).ToList(),
                Fills = strategies.Select(s => new FillRecord(s, JournalSamples.Fill(i, $"{s}-{i}"))).ToList(),
                Lifecycle = [new LifecycleRecord(i % 2 == 0 ? "a" : null, JournalSamples.T0, LifecycleAction.Pause, null, "ops", JournalSamples.T0)],
            });
        }
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Fills_of_one_strategy_come_newest_first_in_pages()
    {
        var first = _store.Queries.Fills(new JournalPageRequest("a", Skip: 0, Limit: 4));
        var second = _store.Queries.Fills(new JournalPageRequest("a", Skip: 4, Limit: 4));

        Assert.Equal([6L, 5, 4, 3], first.Items.Select(f => f.Fill.FillId));
        Assert.True(first.HasMore);
        Assert.Equal([2L, 1], second.Items.Select(f => f.Fill.FillId));
        Assert.False(second.HasMore);
        Assert.All(first.Items.Concat(second.Items), f => Assert.Equal("a", f.StrategyId));
    }

    [Fact]
    public void Without_a_strategy_every_strategys_records_come_newest_first()
    {
        var page = _store.Queries.OrderEvents(new JournalPageRequest(Limit: 4));
        Assert.Equal(["a2", "b", "a", "a2"], page.Items.Select(e => e.StrategyId));
        Assert.Equal([6L, 6, 6, 5], page.Items.Select(e => e.Sequence));
    }

    [Fact]
    public void Orders_are_listed_by_their_latest_change()
    {
        _store.Journal.Commit(JournalSamples.Batch(7, new OrderRecord("b", JournalSamples.Order("b-1", 1, OrderStatus.Canceled))));

        var page = _store.Queries.Orders(new JournalPageRequest("b", Limit: 2));
        Assert.Equal(["b-1", "b-6"], page.Items.Select(o => o.Order.ClientOrderId));
        Assert.Equal(OrderStatus.Canceled, page.Items[0].Order.Status);
    }

    [Fact]
    public void Host_wide_lifecycle_records_appear_only_in_the_unfiltered_listing()
    {
        Assert.Equal(3, _store.Queries.Lifecycle(new JournalPageRequest("a")).Items.Count);
        Assert.Equal(6, _store.Queries.Lifecycle(new JournalPageRequest()).Items.Count);
        Assert.Empty(_store.Queries.Lifecycle(new JournalPageRequest("b")).Items);
    }

    [Fact]
    public void A_page_beyond_the_end_is_empty_and_bad_sizes_are_refused()
    {
        Assert.Empty(_store.Queries.Fills(new JournalPageRequest("a", Skip: 100)).Items);
        Assert.Throws<ArgumentOutOfRangeException>(() => _store.Queries.Fills(new JournalPageRequest(Limit: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => _store.Queries.Fills(new JournalPageRequest(Skip: -1)));
    }

    [Fact]
    public void The_equity_curve_between_two_times_is_thinned_to_at_most_n_points_keeping_both_ends()
    {
        using var folder = new TempStoreFolder();
        using var store = LiteDbStore.Open(folder.StorePath());
        var start = JournalSamples.T0;
        // 4 batches of 25 minutes each (a checkpoint per strategy per minute), to keep the test fast.
        for (int batch = 1; batch <= 4; batch++)
        {
            var minutes = Enumerable.Range((batch - 1) * 25 + 1, 25).ToList();
            store.Journal.Commit(JournalSamples.Batch(batch) with
            {
                Checkpoints = minutes.SelectMany(i => new[]
                {
                    new StrategyCheckpointRecord("a", start.AddMinutes(i), i, 1000m + i + 0.0001m, null),
                    new StrategyCheckpointRecord("b", start.AddMinutes(i), i, -i, null),
                }).ToList(),
            });
        }

        var all = store.Queries.EquityCurve("a", start.AddMinutes(11), start.AddMinutes(60), maxPoints: 1000);
        Assert.Equal(Enumerable.Range(11, 50).Select(i => new EquitySample(start.AddMinutes(i), 1000m + i + 0.0001m)), all);

        var thinned = store.Queries.EquityCurve("a", start.AddMinutes(11), start.AddMinutes(60), maxPoints: 8);
        Assert.Equal(8, thinned.Count);
        Assert.Equal(all[0], thinned[0]);
        Assert.Equal(all[^1], thinned[^1]);
        Assert.True(thinned.Zip(thinned.Skip(1)).All(p => p.First.TimeUtc < p.Second.TimeUtc));
        Assert.All(thinned, s => Assert.Contains(s, all));

        Assert.Empty(store.Queries.EquityCurve("a", start.AddMinutes(60), start.AddMinutes(11), 10));
        Assert.Empty(store.Queries.EquityCurve("c", start, start.AddDays(1), 10));
    }
}
