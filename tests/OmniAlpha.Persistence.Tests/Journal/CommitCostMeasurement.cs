using System.Diagnostics;
using System.Globalization;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Persistence.Tests.Support;
using OmniAlpha.Sdk.Orders;
using Xunit.Abstractions;

namespace OmniAlpha.Persistence.Tests.Journal;

/// <summary>
/// Measures what a commit costs on this disk for batches of 1, 10 and 100 orders, each order with its three events
/// (submitted, accepted, filled), its fill, its cash movement and its position, plus one checkpoint per batch.
/// Prints the numbers (dotnet test --logger "console;verbosity=detailed"); asserts only that everything was stored,
/// never a time, so it cannot fail on a slow machine.
/// </summary>
public sealed class CommitCostMeasurement(ITestOutputHelper output)
{
    private const int CommitsPerSize = 15;

    private static JournalBatch TimeStep(long sequence, int orders, ref long nextId)
    {
        var batch = new List<OrderRecord>();
        var events = new List<OrderEventRecord>();
        var fills = new List<FillRecord>();
        var cash = new List<CashLedgerRecord>();
        var positions = new List<PositionRecord>();
        var time = JournalSamples.T0.AddMinutes(sequence);
        for (int i = 0; i < orders; i++)
        {
            long id = nextId++;
            var order = JournalSamples.Order($"sma-{id}", id, OrderStatus.Filled);
            var fill = JournalSamples.Fill(id, order.ClientOrderId);
            batch.Add(new OrderRecord("sma", order));
            events.Add(new OrderEventRecord("sma", 3 * id - 2, new OrderSubmitted(order, time)));
            events.Add(new OrderEventRecord("sma", 3 * id - 1, new OrderAccepted(order, time)));
            events.Add(new OrderEventRecord("sma", 3 * id, new OrderFilled(order, time, fill)));
            fills.Add(new FillRecord("sma", fill));
            cash.Add(new CashLedgerRecord("sma", id, time, -fill.Value, 1_000_000m - id, "buy", id));
            positions.Add(new PositionRecord("sma", "S" + (id % 50), id, 100.25m, 0m, time));
        }
        return new JournalBatch
        {
            Sequence = sequence, DataTimeUtc = time, WallTimeUtc = DateTime.UtcNow, Orders = batch, Events = events, Fills = fills,
            Cash = cash, Positions = positions,
            Checkpoints = [new StrategyCheckpointRecord("sma", time, 1m, 2m, new byte[256])],
        };
    }

    [Fact]
    public void Commit_latency_for_batches_of_1_10_and_100_orders()
    {
        using var folder = new TempStoreFolder();
        using var store = LiteDbStore.Open(folder.StorePath());
        long sequence = 0, nextId = 1;
        store.Journal.Commit(TimeStep(++sequence, 1, ref nextId)); // warm-up: JIT, file growth
        var lines = new List<string>();
        foreach (int orders in new[] { 1, 10, 100 })
        {
            var stopwatch = new Stopwatch();
            var cpu = TimeSpan.Zero;
            var process = Process.GetCurrentProcess();
            for (int i = 0; i < CommitsPerSize; i++)
            {
                var batch = TimeStep(++sequence, orders, ref nextId);
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                stopwatch.Start();
                store.Journal.Commit(batch);
                stopwatch.Stop();
                process.Refresh();
                cpu += process.TotalProcessorTime - cpuBefore;
            }
            double msPerCommit = stopwatch.Elapsed.TotalMilliseconds / CommitsPerSize;
            // CPU time of the whole process (test runner threads included) during the commits: on a loaded machine
            // the wall time mostly measures waiting for a core; CPU time shows the work itself.
            double cpuPerCommit = cpu.TotalMilliseconds / CommitsPerSize;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{orders,3} orders/batch: {msPerCommit,7:F2} ms per commit, {msPerCommit / orders,6:F3} ms per order (wall); {cpuPerCommit,7:F2} ms CPU per commit"));
        }
        foreach (string line in lines) output.WriteLine(line);
        Console.WriteLine("Journal commit cost on " + folder.Folder + Environment.NewLine + string.Join(Environment.NewLine, lines));

        var state = store.Journal.Load();
        long expectedOrders = 1 + CommitsPerSize * (1 + 10 + 100);
        Assert.Equal(sequence, state.LastSequence);
        Assert.Equal(expectedOrders, state.Orders.Count);
        Assert.Equal(3 * expectedOrders, state.Events.Count);
        Assert.Equal(expectedOrders, state.Fills.Count);
    }
}
