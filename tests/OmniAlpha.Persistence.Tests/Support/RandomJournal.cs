using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Persistence.Tests.Support;

/// <summary>
/// Random but valid journal batches from a seed, and the state a journal must load after committing them: the
/// concatenation of the appended records, the last snapshot of every order, position and checkpoint (in the order of
/// their last change).
/// </summary>
internal sealed class RandomJournal
{
    // Two ids that differ only in case: the store must keep them apart.
    private static readonly string[] Strategies = ["alpha", "Alpha", "beta-2"];
    private static readonly string[] Symbols = ["SPY", "spy", "BTC-USD"];

    private readonly Random _random;
    private readonly Dictionary<string, long> _eventSequence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _fillId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _scriptVersion = new(StringComparer.Ordinal);
    private long _orderCount;
    private DateTime _time = JournalSamples.T0;

    public RandomJournal(int seed) => _random = new Random(seed);

    public List<JournalBatch> Batches { get; } = [];

    public JournalBatch Next()
    {
        long sequence = Batches.Count + 1;
        _time = _time.AddTicks(_random.NextInt64(1, TimeSpan.TicksPerHour));
        var batch = new JournalBatch
        {
            Sequence = sequence,
            DataTimeUtc = _time,
            WallTimeUtc = _time.AddTicks(_random.Next(1, 10_000)),
            ScriptVersions = Many(0, 2, ScriptVersion),
            Lifecycle = Many(0, 3, Lifecycle),
            Orders = Many(0, 5, Order),
            Events = Many(0, 6, Event),
            Fills = Many(0, 4, Fill),
            Cash = Many(0, 4, Cash),
            Positions = Many(0, 3, Position),
            Checkpoints = Many(0, 3, Checkpoint),
            Amendments = Many(0, 2, Amendment),
        };
        Batches.Add(batch);
        return batch;
    }

    public JournalState Expected() => new()
    {
        LastSequence = Batches.Count,
        LastDataTimeUtc = Batches.Count == 0 ? null : Batches[^1].DataTimeUtc,
        ScriptVersions = Batches.SelectMany(b => b.ScriptVersions).ToList(),
        Lifecycle = Batches.SelectMany(b => b.Lifecycle).ToList(),
        Orders = LastPerKey(Batches.SelectMany(b => b.Orders), o => o.StrategyId + "\0" + o.Order.ClientOrderId),
        Events = Batches.SelectMany(b => b.Events).ToList(),
        Fills = Batches.SelectMany(b => b.Fills).ToList(),
        Cash = Batches.SelectMany(b => b.Cash).ToList(),
        Positions = LastPerKey(Batches.SelectMany(b => b.Positions), p => p.StrategyId + "\0" + p.Symbol),
        Checkpoints = LastPerKey(Batches.SelectMany(b => b.Checkpoints), c => c.StrategyId),
        Amendments = Batches.SelectMany(b => b.Amendments).ToList(),
    };

    private static List<T> LastPerKey<T>(IEnumerable<T> records, Func<T, string> key)
    {
        var all = records.ToList();
        var lastIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < all.Count; i++) lastIndex[key(all[i])] = i;
        return lastIndex.Values.Order().Select(i => all[i]).ToList();
    }

    private List<T> Many<T>(int min, int max, Func<T> make) => Enumerable.Range(0, _random.Next(min, max + 1)).Select(_ => make()).ToList();

    private string Strategy() => Strategies[_random.Next(Strategies.Length)];

    private decimal Decimal() => _random.Next(4) switch
    {
        0 => JournalSamples.AwkwardDecimals[_random.Next(JournalSamples.AwkwardDecimals.Length)],
        1 => new decimal(_random.Next(), _random.Next(), _random.Next(), _random.Next(2) == 0, (byte)_random.Next(29)),
        2 => Math.Round((decimal)_random.NextDouble() * 1000m, _random.Next(0, 9)),
        _ => _random.Next(-1000, 1000),
    };

    private DateTime Time() => _time.AddTicks(-_random.Next(0, 1_000_000));

    private string? Text() => _random.Next(3) == 0 ? null : "t" + _random.Next(1000) + (_random.Next(4) == 0 ? " ✓ ü" : "");

    private ScriptVersionRecord ScriptVersion()
    {
        string strategy = Strategy();
        int version = _scriptVersion[strategy] = _scriptVersion.GetValueOrDefault(strategy) + 1;
        var parameters = Enumerable.Range(0, _random.Next(3)).ToDictionary(i => "p" + i, _ => Decimal().ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new ScriptVersionRecord(strategy, version, _random.Next(2) == 0 ? "csharp" : "javascript", "S.cs", "source " + _random.Next(),
            "h" + _random.Next(), parameters, Symbols.Take(_random.Next(1, 4)).ToList(), Decimal(), Time());
    }

    private LifecycleRecord Lifecycle() =>
        new(_random.Next(4) == 0 ? null : Strategy(), Time(), (LifecycleAction)_random.Next(9), Text(), "key-" + _random.Next(3), Time());

    private OrderRecord Order()
    {
        // A small id space, so later batches update earlier orders.
        long id = _random.Next(5) == 0 || _orderCount == 0 ? ++_orderCount : _random.NextInt64(1, _orderCount + 1);
        return new OrderRecord(Strategy(), RandomOrder(id));
    }

    private Order RandomOrder(long id) =>
        new(id, "c-" + id, Symbols[_random.Next(Symbols.Length)], (OrderSide)_random.Next(2), (OrderType)_random.Next(7), Decimal(), Time())
        {
            LimitPrice = _random.Next(2) == 0 ? null : Decimal(),
            StopPrice = _random.Next(2) == 0 ? null : Decimal(),
            TrailingOffset = _random.Next(2) == 0 ? null : Decimal(),
            TrailingType = (TrailingType)_random.Next(2),
            TimeInForce = (TimeInForce)_random.Next(4),
            Tag = Text(),
            OcoGroup = Text(),
            Status = (OrderStatus)_random.Next(8),
            FilledQuantity = Decimal(),
            FilledValue = Decimal(),
            Commission = Decimal(),
            LastUpdateTime = Time(),
        };

    private OrderEventRecord Event()
    {
        string strategy = Strategy();
        long sequence = _eventSequence[strategy] = _eventSequence.GetValueOrDefault(strategy) + 1;
        var order = RandomOrder(_random.NextInt64(1, 1000));
        var time = Time();
        OrderEvent e = _random.Next(9) switch
        {
            0 => new OrderSubmitted(order, time),
            1 => new OrderAccepted(order, time),
            2 => new OrderRejected(order, time, (RejectReason)_random.Next(11), Text() ?? "r"),
            3 => new OrderPartiallyFilled(order, time, RandomFill(_random.NextInt64(1, 1000))),
            4 => new OrderFilled(order, time, RandomFill(_random.NextInt64(1, 1000))),
            5 => new OrderCanceled(order, time, Text() ?? "c"),
            6 => new OrderCancelRequested(order, time),
            7 => new OrderUpdated(order, time),
            _ => new OrderExpired(order, time),
        };
        return new OrderEventRecord(strategy, sequence, e);
    }

    private FillRecord Fill()
    {
        string strategy = Strategy();
        long id = _fillId[strategy] = _fillId.GetValueOrDefault(strategy) + 1;
        return new FillRecord(strategy, RandomFill(id));
    }

    private Fill RandomFill(long id) =>
        new(id, _random.NextInt64(1, 1000), "c-" + id, Symbols[_random.Next(Symbols.Length)], Time(), (OrderSide)_random.Next(2),
            Decimal(), Decimal(), Decimal(), Decimal(), (Liquidity)_random.Next(2));

    private CashLedgerRecord Cash() =>
        new(Strategy(), _random.NextInt64(1, 1_000_000), Time(), Decimal(), Decimal(), Text() ?? "trade", _random.Next(2) == 0 ? null : _random.NextInt64(1, 100));

    private PositionRecord Position() => new(Strategy(), Symbols[_random.Next(Symbols.Length)], Decimal(), Decimal(), Decimal(), Time());

    private StrategyCheckpointRecord Checkpoint()
    {
        byte[]? state = _random.Next(3) == 0 ? null : new byte[_random.Next(0, 64)];
        if (state is not null) _random.NextBytes(state);
        return new StrategyCheckpointRecord(Strategy(), _time, Decimal(), Decimal(), state);
    }

    private OrderAmendmentRecord Amendment() =>
        new(Strategy(), "c-" + _random.Next(1, 100), Time(),
            new OmniAlpha.Sdk.Orders.OrderAmendment(_random.Next(2) == 0 ? null : Decimal(), _random.Next(2) == 0 ? null : Decimal(), null));
}
