using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Persistence.Journal;
using OmniAlpha.Persistence.Tests.Support;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Persistence.Tests.Journal;

public sealed class LiteDbTradingJournalTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static JournalBatch EveryRecordType(long sequence) => new()
    {
        Sequence = sequence,
        DataTimeUtc = JournalSamples.T0.AddTicks(sequence),
        WallTimeUtc = JournalSamples.T0.AddTicks(sequence + 11),
        ScriptVersions = [JournalSamples.ScriptVersion()],
        Lifecycle =
        [
            new LifecycleRecord("sma", JournalSamples.T0, LifecycleAction.Deploy, "1", "admin-key", JournalSamples.T0.AddTicks(3)),
            new LifecycleRecord(null, JournalSamples.T0, LifecycleAction.Kill, null, "engine", JournalSamples.T0.AddTicks(4)),
        ],
        Orders = [new OrderRecord("sma", JournalSamples.Order())],
        Events = JournalSamples.EveryEventKind().Select((e, i) => new OrderEventRecord("sma", i + 1, e)).ToList(),
        Fills = [new FillRecord("sma", JournalSamples.Fill())],
        Cash = [new CashLedgerRecord("sma", 1, JournalSamples.T0, -0.0000001m, 99_999.9999999m, "buy SPY", 1), new CashLedgerRecord("sma", 2, JournalSamples.T0, -1m, 0m, "deposit", null)],
        Positions = [new PositionRecord("sma", "SPY", 123456789.123456789m, 0.1m, -0.0000001m, JournalSamples.T0.AddTicks(9))],
        Checkpoints = [new StrategyCheckpointRecord("sma", JournalSamples.T0, 0.1m, decimal.MaxValue, [1, 2, 0, 255]), new StrategyCheckpointRecord("rsi", JournalSamples.T0, 1m, 2m, null)],
        Amendments =
        [
            new OrderAmendmentRecord("sma", "sma-1", JournalSamples.T0.AddTicks(7), new OrderAmendment(Quantity: 0.0000001m)),
            new OrderAmendmentRecord("sma", "sma-2", JournalSamples.T0.AddTicks(8), new OrderAmendment(LimitPrice: 123456789.123456789m, StopPrice: -0.1m)),
        ],
    };

    private static JournalState StateOf(JournalBatch batch) => new()
    {
        LastSequence = batch.Sequence,
        LastDataTimeUtc = batch.DataTimeUtc,
        ScriptVersions = batch.ScriptVersions,
        Lifecycle = batch.Lifecycle,
        Orders = batch.Orders,
        Events = batch.Events,
        Fills = batch.Fills,
        Cash = batch.Cash,
        Positions = batch.Positions,
        Checkpoints = batch.Checkpoints,
        Amendments = batch.Amendments,
    };

    [Fact]
    public void A_new_journal_loads_empty()
    {
        using var journal = LiteDbTradingJournal.Open(_folder.StorePath());
        JournalAssert.Equal(JournalState.Empty, journal.Load());
    }

    [Fact]
    public void Every_record_type_round_trips_through_a_reopened_file()
    {
        var batch = EveryRecordType(1);
        using (var journal = LiteDbTradingJournal.Open(_folder.StorePath())) journal.Commit(batch);

        using var reopened = LiteDbTradingJournal.Open(_folder.StorePath());
        JournalAssert.Equal(StateOf(batch), reopened.Load());
    }

    [Fact]
    public void Times_come_back_as_utc_with_every_tick()
    {
        using (var journal = LiteDbTradingJournal.Open(_folder.StorePath())) journal.Commit(EveryRecordType(1));
        using var reopened = LiteDbTradingJournal.Open(_folder.StorePath());
        var state = reopened.Load();

        var order = state.Orders.Single().Order;
        Assert.Equal(JournalSamples.T0.Ticks, order.CreatedTime.Ticks);
        Assert.Equal(JournalSamples.T0.Ticks + 1, order.LastUpdateTime.Ticks);
        Assert.Equal(JournalSamples.T0.Ticks + 7, state.Fills.Single().Fill.Time.Ticks);
        Assert.Equal(JournalSamples.T0.Ticks + 1, state.LastDataTimeUtc!.Value.Ticks);
        Assert.All(new[] { order.CreatedTime, order.LastUpdateTime, state.Fills[0].Fill.Time, state.LastDataTimeUtc.Value, state.Positions[0].TimeUtc },
            t => Assert.Equal(DateTimeKind.Utc, t.Kind));
    }

    [Fact]
    public void A_local_time_is_stored_as_the_same_instant_in_utc()
    {
        var local = JournalSamples.T0.ToLocalTime();
        var batch = JournalSamples.Batch(1, new OrderRecord("sma", JournalSamples.Order() with { LastUpdateTime = local }));
        using var journal = LiteDbTradingJournal.Open(_folder.StorePath());
        journal.Commit(batch);

        Assert.Equal(JournalSamples.T0.Ticks, journal.Load().Orders[0].Order.LastUpdateTime.Ticks);
    }

    [Fact]
    public void Decimals_round_trip_exactly_including_the_extremes_of_the_type()
    {
        var positions = JournalSamples.AwkwardDecimals
            .Select((d, i) => new PositionRecord("sma", "S" + i, d, -d, d / 3m, JournalSamples.T0)).ToList();
        using (var journal = LiteDbTradingJournal.Open(_folder.StorePath()))
            journal.Commit(JournalSamples.Batch(1) with { Positions = positions });

        using var reopened = LiteDbTradingJournal.Open(_folder.StorePath());
        var loaded = reopened.Load().Positions;
        Assert.Equal(positions, loaded);
        // Equal decimals can differ in scale (1.1 vs 1.10); the stored form keeps the scale too.
        Assert.Equal(positions.Select(p => decimal.GetBits(p.Quantity)), loaded.Select(p => decimal.GetBits(p.Quantity)));
    }

    [Theory]
    [InlineData("Submitted")]
    [InlineData("Accepted")]
    [InlineData("Rejected")]
    [InlineData("PartiallyFilled")]
    [InlineData("Filled")]
    [InlineData("Canceled")]
    [InlineData("CancelRequested")]
    [InlineData("Updated")]
    [InlineData("Expired")]
    public void Every_order_event_subtype_comes_back_as_the_same_subtype_with_its_fields(string kind)
    {
        var orderEvent = JournalSamples.EveryEventKind().Single(e => e.Kind == kind);
        using (var journal = LiteDbTradingJournal.Open(_folder.StorePath()))
            journal.Commit(JournalSamples.Batch(1) with { Events = [new OrderEventRecord("sma", 1, orderEvent)] });

        using var reopened = LiteDbTradingJournal.Open(_folder.StorePath());
        var loaded = reopened.Load().Events.Single();
        Assert.IsType(orderEvent.GetType(), loaded.Event);
        Assert.Equal(orderEvent, loaded.Event);
    }

    [Fact]
    public void An_order_keeps_only_its_latest_snapshot()
    {
        using var journal = LiteDbTradingJournal.Open(_folder.StorePath());
        journal.Commit(JournalSamples.Batch(1, new OrderRecord("sma", JournalSamples.Order(status: OrderStatus.Submitted))));
        journal.Commit(JournalSamples.Batch(2, new OrderRecord("sma", JournalSamples.Order(status: OrderStatus.Filled))));

        Assert.Equal(OrderStatus.Filled, Assert.Single(journal.Load().Orders).Order.Status);
    }

    [Fact]
    public void Strategy_ids_that_differ_only_in_case_are_different_strategies()
    {
        using var journal = LiteDbTradingJournal.Open(_folder.StorePath());
        journal.Commit(JournalSamples.Batch(1, new OrderRecord("sma", JournalSamples.Order()), new OrderRecord("SMA", JournalSamples.Order())));

        Assert.Equal(["sma", "SMA"], journal.Load().Orders.Select(o => o.StrategyId));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_batch_that_is_already_committed_is_refused_and_not_applied_twice(long sequence)
    {
        using var journal = LiteDbTradingJournal.Open(_folder.StorePath());
        journal.Commit(EveryRecordType(1));
        journal.Commit(JournalSamples.Batch(2));

        var error = Assert.Throws<JournalException>(() => journal.Commit(EveryRecordType(sequence)));
        Assert.Contains("already committed", error.Message);
        Assert.Contains(_folder.StorePath(), error.Message);
        Assert.Single(journal.Load().Fills);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(5)]
    public void A_batch_that_does_not_follow_the_last_one_is_refused(long sequence)
    {
        using var journal = LiteDbTradingJournal.Open(_folder.StorePath());
        var error = Assert.Throws<JournalException>(() => journal.Commit(JournalSamples.Batch(sequence)));
        Assert.Contains(sequence == 0 ? "already committed" : "gap", error.Message);
        Assert.Equal(0, journal.Load().LastSequence);
    }

    [Fact]
    public void A_batch_that_fails_midway_leaves_no_trace_and_the_journal_goes_on()
    {
        using var journal = LiteDbTradingJournal.Open(_folder.StorePath());
        journal.Commit(EveryRecordType(1));
        var before = journal.Load();

        // Orders, events and the first fill are written before the duplicate fill id (already in batch 1) fails.
        var failing = JournalSamples.Batch(2, new OrderRecord("sma", JournalSamples.Order("sma-2", 2))) with
        {
            Events = [new OrderEventRecord("sma", 10, new OrderAccepted(JournalSamples.Order("sma-2", 2), JournalSamples.T0))],
            Fills = [new FillRecord("sma", JournalSamples.Fill(5)), new FillRecord("sma", JournalSamples.Fill(1))],
            Checkpoints = [new StrategyCheckpointRecord("sma", JournalSamples.T0.AddDays(1), 5m, 5m, null)],
        };
        var error = Assert.Throws<JournalException>(() => journal.Commit(failing));
        Assert.Contains("nothing of it was written", error.Message);
        Assert.Contains(_folder.StorePath(), error.Message);

        JournalAssert.Equal(before, journal.Load());
        journal.Commit(failing with { Fills = [new FillRecord("sma", JournalSamples.Fill(5))] });
        Assert.Equal(2, journal.Load().LastSequence);
        Assert.Equal(2, journal.Load().Fills.Count);
    }

    [Fact]
    public void A_duplicate_within_one_batch_fails_the_whole_batch_also_after_reopening()
    {
        using (var journal = LiteDbTradingJournal.Open(_folder.StorePath()))
        {
            var failing = EveryRecordType(1) with { Events = [.. EveryRecordType(1).Events, EveryRecordType(1).Events[0]] };
            Assert.Throws<JournalException>(() => journal.Commit(failing));
        }
        using var reopened = LiteDbTradingJournal.Open(_folder.StorePath());
        JournalAssert.Equal(JournalState.Empty, reopened.Load());
    }

    [Fact]
    public void The_latest_checkpoint_of_each_strategy_is_loaded()
    {
        using var journal = LiteDbTradingJournal.Open(_folder.StorePath());
        for (int i = 1; i <= 3; i++)
        {
            journal.Commit(JournalSamples.Batch(i) with
            {
                Checkpoints = [new StrategyCheckpointRecord("sma", JournalSamples.T0.AddMinutes(i), i, i * 10m, [(byte)i])],
            });
        }

        var checkpoint = Assert.Single(journal.Load().Checkpoints);
        Assert.Equal(30m, checkpoint.Equity);
        Assert.Equal(new byte[] { 3 }, checkpoint.PersistedState);
    }

    [Fact]
    public void A_disposed_journal_refuses_commits()
    {
        var journal = LiteDbTradingJournal.Open(_folder.StorePath());
        journal.Dispose();
        Assert.Throws<ObjectDisposedException>(() => journal.Commit(JournalSamples.Batch(1)));
    }
}
