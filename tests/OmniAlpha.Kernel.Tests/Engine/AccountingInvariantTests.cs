using OmniAlpha.Kernel.Results;
using OmniAlpha.Kernel.Tests.Strategies;
using OmniAlpha.Plugins.SampleData;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Kernel.Tests.Engine;

/// <summary>
/// Randomized orders of every type and time in force, with cancels, amends, costs and a volume cap, through the
/// real engine: the account stays exact after every time step and the results reconcile at the end.
/// </summary>
public class AccountingInvariantTests
{
    private const int Bars = 300;

    private static readonly SimulatedExchangeOptions Costly = new()
    {
        FeeModel = new PerShareFeeModel(0.005m, 1m),
        SlippageModel = new FixedBpsSlippageModel(5m),
        MaxVolumeParticipation = 0.00005m, // tens of shares per bar: large orders fill over several bars
    };

    /// <summary>Three symbols; the third misses every seventh session, so some steps carry only two bars.</summary>
    private static BarSeries[] Data()
    {
        var a = SampleBarGenerator.Generate("AAA", Bars, 7);
        var b = SampleBarGenerator.Generate("BBB", Bars, 7);
        var c = SampleBarGenerator.Generate("CCC", Bars, 7);
        var gappy = c.Bars.ToArray().Where((_, i) => i % 7 != 3).ToArray();
        return [a, b, new BarSeries(c.Instrument, gappy, c.Period)];
    }

    public static TheoryData<int, AccountType> Runs()
    {
        var data = new TheoryData<int, AccountType>();
        foreach (int seed in new[] { 1, 2, 3, 4, 5 })
        {
            data.Add(seed, AccountType.Margin);
            data.Add(seed, AccountType.Cash);
        }
        return data;
    }

    private static (BacktestResult Result, RandomOrderStrategy Strategy) Run(int seed, AccountType type)
    {
        var account = type == AccountType.Margin ? new AccountSettings(100_000m, AccountType.Margin, 2m) : new AccountSettings(100_000m);
        var strategy = new RandomOrderStrategy(seed);
        return (BacktestHarness.Run(strategy, Data(), account, Costly), strategy);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void The_account_is_exact_after_every_time_step(int seed, AccountType type)
    {
        var (result, strategy) = Run(seed, type);
        Assert.Empty(strategy.Violations);
        Assert.Equal(result.TimeSteps, strategy.StepsChecked);
        // The run must actually exercise the machinery it claims to check.
        Assert.True(result.Fills.Count > 50, $"only {result.Fills.Count} fills");
        Assert.Contains(result.Fills, f => f.Commission > 0m);
        Assert.Contains(result.Fills, f => f.Slippage > 0m);
        Assert.Contains(result.OrderEvents, e => e is OrderPartiallyFilled);
        Assert.Contains(result.OrderEvents, e => e is OrderUpdated);
        Assert.Contains(result.OrderEvents, e => e is OrderExpired);
        Assert.Contains(result.OrderEvents, e => e is OrderCanceled);
        Assert.True(strategy.KindsSubmitted.Count >= 24, $"only {strategy.KindsSubmitted.Count} order kinds submitted");
        Assert.Equal(type == AccountType.Margin, strategy.SawShort);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Fills_orders_and_events_reconcile_at_the_end(int seed, AccountType type)
    {
        var (result, _) = Run(seed, type);
        Assert.Equal(result.Statistics.TotalCommission, result.Fills.Sum(f => f.Commission));
        Assert.Equal(result.Statistics.TotalSlippage, result.Fills.Sum(f => f.Slippage));
        Assert.Equal(result.Statistics.StartingEquity + result.RealizedPnl + result.UnrealizedPnl - result.Statistics.TotalCommission,
            result.Statistics.FinalEquity);
        Assert.Equal(result.FinalCash + result.Positions.Sum(p => p.MarketValue), result.Statistics.FinalEquity);

        var fillsByOrder = result.Fills.ToLookup(f => f.OrderId);
        foreach (var order in result.Orders)
        {
            var fills = fillsByOrder[order.OrderId].ToList();
            Assert.Equal(order.FilledQuantity, fills.Sum(f => f.Quantity));
            Assert.Equal(order.FilledValue, fills.Sum(f => f.Quantity * f.Price));
            Assert.Equal(order.Commission, fills.Sum(f => f.Commission));
            Assert.False(order.Status == OrderStatus.Filled && order.RemainingQuantity != 0m, $"order {order.OrderId} is Filled with {order.RemainingQuantity} left");
            Assert.True(order.FilledQuantity <= order.Quantity);
        }

        var eventsByOrder = result.OrderEvents.ToLookup(e => e.OrderId);
        foreach (var order in result.Orders)
        {
            var events = eventsByOrder[order.OrderId].ToList();
            int terminal = events.Count(e => e is OrderFilled or OrderCanceled or OrderRejected or OrderExpired);
            Assert.Equal(order.Status.IsTerminal() ? 1 : 0, terminal);
            if (terminal == 1) Assert.True(events[^1].Order.Status.IsTerminal(), $"order {order.OrderId}: an event follows its terminal event");
            Assert.Equal(order, events[^1].Order);
        }
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Round_trips_reconcile_with_an_independent_fifo_replay_of_the_fills(int seed, AccountType type)
    {
        var (result, _) = Run(seed, type);
        decimal closedPnl = 0m, openPnl = 0m;
        foreach (var symbol in result.Symbols)
        {
            var replay = FifoReplay.Of(result.Fills.Where(f => f.Symbol == symbol));
            var trades = result.Trades.Where(t => t.Symbol == symbol).ToList();
            var position = result.Positions.Single(p => p.Symbol == symbol);
            Assert.Equal(replay.ClosedTradePnl, trades.Select(t => t.Pnl).ToList());
            Assert.Equal(replay.Quantity, position.Quantity);
            Assert.Equal(replay.Realized, position.RealizedPnl);
            closedPnl += trades.Sum(t => t.Pnl);
            openPnl += replay.OpenTradeRealized;
        }
        Assert.Equal(result.RealizedPnl, closedPnl + openPnl);
        Assert.True(result.Trades.Count > 5, $"only {result.Trades.Count} trades");
    }
}
