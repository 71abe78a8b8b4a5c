using OmniAlpha.Sdk.Market.Consolidation;
using Microsoft.Extensions.Logging;
using OmniAlpha.Isolation.Protocol;
using OmniAlpha.Isolation.Protocol.Messages;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Worker;

/// <summary>
/// The engine as an isolated strategy sees it: every call is forwarded to the host's kernel over the pipe, so the
/// strategy reads exactly the state it would read in process.
/// </summary>
/// <remarks>
/// Round trips are saved only where that cannot change an answer. The kernel is single-threaded and blocked while the
/// strategy runs, so its state changes only between callbacks or through the strategy's own Submit, Cancel, Amend and
/// SetWarmUp. Cached portfolio totals, positions and order snapshots therefore carry a <see cref="Generation"/> that
/// moves at every callback and after every such call; a stale entry is fetched again. Facts that never change during a
/// run (symbols, account, instruments, parameters) are cached for the run.
/// </remarks>
internal sealed class RemoteStrategyContext : IStrategyContext
{
    private readonly HostConnection _host;
    private readonly Dictionary<Symbol, RemotePosition> _positions = [];
    private readonly Dictionary<Symbol, Instrument> _instruments = [];
    private readonly Dictionary<string, string?> _parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<long, Order> _orders = [];
    private readonly List<Action> _scheduled = [];
    private readonly RemotePortfolio _portfolio;
    private long _ordersGeneration;

    public RemoteStrategyContext(HostConnection host, StartPayload start)
    {
        _host = host;
        var symbols = new Symbol[start.Symbols.Length];
        for (int i = 0; i < symbols.Length; i++) symbols[i] = new Symbol(start.Symbols[i]);
        Symbols = symbols;
        _portfolio = new RemotePortfolio(this, SdkMapping.FromDto(start.Account));
        Logger = new RemoteLogger(host, start.EnabledLogLevels);
        IsRestart = start.IsRestart;
    }

    /// <summary>Moves at every callback and after every call that can change kernel state.</summary>
    public long Generation { get; private set; }

    /// <summary>True when this worker took over a running strategy after a restart.</summary>
    public bool IsRestart { get; }

    public DateTime UtcNow { get; private set; }
    public IReadOnlyList<Symbol> Symbols { get; }
    public IPortfolio Portfolio => _portfolio;
    public ILogger Logger { get; }
    public bool IsWarmingUp { get; private set; }

    /// <summary>Takes the engine state a callback carries; invalidates what the previous callback cached.</summary>
    public void BeginCallback(CallbackMessage callback)
    {
        Generation++;
        UtcNow = SdkMapping.FromWire(callback.UtcNow);
        IsWarmingUp = callback.IsWarmingUp;
        if (callback.Position is { } position) PositionOf(new Symbol(position.Symbol)).Set(position, Generation);
    }

    /// <summary>The callback registered under <paramref name="id"/>.</summary>
    public Action ScheduledCallback(int id) =>
        (uint)id < (uint)_scheduled.Count ? _scheduled[id] : throw new ProtocolException($"unknown scheduled callback id {id}");

    public Instrument GetInstrument(Symbol symbol)
    {
        if (_instruments.TryGetValue(symbol, out var cached)) return cached;
        var instrument = SdkMapping.FromDto(_host.Request<SymbolQuery, InstrumentDto>(MessageType.GetInstrument, new SymbolQuery { Symbol = symbol.Value }));
        _instruments[symbol] = instrument;
        return instrument;
    }

    public BarWindow GetHistory(Symbol symbol, int count)
    {
        var reply = _host.Request<SymbolQuery, HistoryReply>(MessageType.GetHistory, new SymbolQuery { Symbol = symbol.Value, Count = count });
        if (reply.Bars.Length == 0) return default;
        var bars = new Bar[reply.Bars.Length];
        for (int i = 0; i < bars.Length; i++) bars[i] = SdkMapping.FromDto(reply.Bars[i]);
        return new BarWindow(bars, bars.Length - 1, bars.Length);
    }

    public string? GetParameter(string name)
    {
        if (_parameters.TryGetValue(name, out var cached)) return cached;
        var value = _host.Request<NameValue, NameValue>(MessageType.GetParameter, new NameValue { Name = name }).Value;
        _parameters[name] = value;
        return value;
    }

    public void ReportParameter(string name, string value) =>
        _host.Notify(MessageType.ReportParameter, new NameValue { Name = name, Value = value });

    public OrderTicket Submit(OrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = _host.Request<OrderRequestDto, OrderReply>(MessageType.Submit, SdkMapping.ToDto(request));
        Generation++;
        var order = SdkMapping.FromDto(reply.Order ?? throw new ProtocolException("the host answered a Submit without the order"));
        Remember(order);
        return new OrderTicket(this, order.OrderId);
    }

    public bool Cancel(long orderId)
    {
        var reply = _host.Request<OrderQuery, FlagReply>(MessageType.Cancel, new OrderQuery { OrderId = orderId });
        Generation++;
        return reply.Value;
    }

    public bool Amend(long orderId, OrderAmendment amendment)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        var query = new OrderQuery { OrderId = orderId, Quantity = amendment.Quantity, LimitPrice = amendment.LimitPrice, StopPrice = amendment.StopPrice };
        var reply = _host.Request<OrderQuery, FlagReply>(MessageType.Amend, query);
        Generation++;
        return reply.Value;
    }

    public Order? GetOrder(long orderId)
    {
        if (_ordersGeneration == Generation && _orders.TryGetValue(orderId, out var cached)) return cached;
        var reply = _host.Request<OrderQuery, OrderReply>(MessageType.GetOrder, new OrderQuery { OrderId = orderId });
        if (reply.Order is null) return null;
        var order = SdkMapping.FromDto(reply.Order);
        Remember(order);
        return order;
    }

    public IReadOnlyList<Order> GetOpenOrders(Symbol? symbol = null)
    {
        var reply = _host.Request<SymbolQuery, OrdersReply>(MessageType.GetOpenOrders, new SymbolQuery { Symbol = symbol?.Value });
        if (reply.Orders.Length == 0) return [];
        var orders = new Order[reply.Orders.Length];
        for (int i = 0; i < orders.Length; i++) Remember(orders[i] = SdkMapping.FromDto(reply.Orders[i]));
        return orders;
    }

    public void ScheduleEveryBars(int bars, Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        _host.Request<ScheduleRequest, FlagReply>(MessageType.ScheduleEveryBars, new ScheduleRequest { CallbackId = _scheduled.Count, Bars = bars });
        _scheduled.Add(callback);
    }

    public void ScheduleDaily(TimeOnly timeOfDay, Action callback, string? timeZone = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var request = new ScheduleRequest { CallbackId = _scheduled.Count, TimeOfDayTicks = timeOfDay.Ticks, TimeZone = timeZone };
        _host.Request<ScheduleRequest, FlagReply>(MessageType.ScheduleDaily, request);
        _scheduled.Add(callback);
    }

    /// <summary>
    /// Not available at the isolated level yet: the kernel consolidates at each time step before bar-count and daily
    /// callbacks, an ordering the protocol cannot reproduce until it carries an every-step callback. Refused with a clear
    /// error rather than run with a different callback order than in process.
    /// </summary>
    public BarConsolidator Consolidate(Symbol symbol, ConsolidationPeriod period, Action<Bar> onBar) =>
        throw new NotSupportedException("Consolidate is not available at the isolated level yet; run this strategy at the trusted or guarded level.");

    public void SetWarmUp(int bars)
    {
        var reply = _host.Request<SymbolQuery, FlagReply>(MessageType.SetWarmUp, new SymbolQuery { Count = bars });
        Generation++;
        IsWarmingUp = reply.IsWarmingUp;
    }

    /// <summary>Current portfolio totals (fetched at most once per generation).</summary>
    internal PortfolioDto FetchPortfolio() => _host.Request<PortfolioDto>(MessageType.GetPortfolio);

    /// <summary>Current values of one position.</summary>
    internal PositionDto FetchPosition(Symbol symbol) =>
        _host.Request<SymbolQuery, PositionDto>(MessageType.GetPosition, new SymbolQuery { Symbol = symbol.Value });

    /// <summary>The live position object of <paramref name="symbol"/> (one per symbol, like the kernel's).</summary>
    internal RemotePosition PositionOf(Symbol symbol)
    {
        if (!_positions.TryGetValue(symbol, out var position)) _positions[symbol] = position = new RemotePosition(this, symbol);
        return position;
    }

    private void Remember(Order order)
    {
        if (_ordersGeneration != Generation)
        {
            _orders.Clear();
            _ordersGeneration = Generation;
        }
        _orders[order.OrderId] = order;
    }
}
