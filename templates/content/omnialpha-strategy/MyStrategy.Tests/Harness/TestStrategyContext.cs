using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Market.Consolidation;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;
using OmniAlpha.Sdk.Strategies;

namespace StrategyTests.Harness;

/// <summary>
/// An in-memory <see cref="IStrategyContext"/> for unit tests of a strategy's decisions. <see cref="Run"/> feeds bars
/// in time order and follows the backtester's default timing: an order decided on a bar fills at the open of that
/// symbol's next bar, its events arrive before that bar's <c>OnBar</c>. It is deliberately small: market and
/// market-on-open orders fill in full at the open, market-on-close orders at the close; limit, stop and trailing
/// orders stay working and never fill; there are no costs and no buying-power checks; <c>DailyAt</c> throws.
/// For a full run (fill models, costs, account rules, reports) use <c>omnialpha backtest</c>.
/// </summary>
public sealed class TestStrategyContext : IStrategyContext
{
    private readonly IReadOnlyDictionary<string, string> _parameters;
    private readonly Dictionary<string, string> _reportedParameters = new();
    private readonly Dictionary<Symbol, List<Bar>> _history = new();
    private readonly Dictionary<long, Order> _orders = new();
    private readonly List<long> _orderIds = new();
    private readonly List<Fill> _fills = new();
    private readonly List<OrderEvent> _undelivered = new();
    private readonly List<(int Every, Action Callback)> _schedules = new();
    private readonly List<(Symbol Symbol, BarConsolidator Consolidator)> _consolidators = new();
    private readonly TestPortfolio _portfolio;
    private string _strategyName = "Strategy";
    private int _warmUpSteps;
    private int _step;

    /// <summary>A context for a run over <paramref name="symbols"/> with <paramref name="startingCash"/> and the
    /// given run parameters (what <c>--param name=value</c> passes).</summary>
    public TestStrategyContext(IReadOnlyList<Symbol> symbols, decimal startingCash = 100_000m, IReadOnlyDictionary<string, string>? parameters = null)
    {
        if (symbols.Count == 0) throw new ArgumentException("A run needs at least one symbol.", nameof(symbols));
        Symbols = symbols;
        _parameters = parameters ?? new Dictionary<string, string>();
        _portfolio = new TestPortfolio(symbols, startingCash);
        foreach (var symbol in symbols) _history[symbol] = new List<Bar>();
    }

    /// <inheritdoc />
    public DateTime UtcNow { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<Symbol> Symbols { get; }

    /// <inheritdoc />
    public IPortfolio Portfolio => _portfolio;

    /// <inheritdoc />
    public ILogger Logger { get; } = NullLogger.Instance;

    /// <inheritdoc />
    public bool IsWarmingUp => _step < _warmUpSteps;

    /// <summary>Every order the strategy submitted, in submission order, as it stands now.</summary>
    public IReadOnlyList<Order> Orders => _orderIds.Select(id => _orders[id]).ToList();

    /// <summary>Every fill, in time order.</summary>
    public IReadOnlyList<Fill> Fills => _fills;

    /// <summary>The values the strategy's parameters resolved to.</summary>
    public IReadOnlyDictionary<string, string> ReportedParameters => _reportedParameters;

    /// <summary>
    /// Attaches <paramref name="strategy"/>, calls <c>OnStart</c>, delivers <paramref name="bars"/> time step by time
    /// step (bars with the same end time form one step), then calls <c>OnEnd</c>.
    /// </summary>
    /// <exception cref="ArgumentException">A bar is out of time order or of a symbol outside the run.</exception>
    public void Run(Strategy strategy, IEnumerable<Bar> bars)
    {
        _strategyName = strategy.Name;
        strategy.Attach(this);
        strategy.OnStart();
        var all = bars.ToList();
        for (int i = 0; i < all.Count;)
        {
            DateTime time = all[i].EndTime;
            if (i > 0 && time < all[i - 1].EndTime)
                throw new ArgumentException($"bar {i} ({all[i].Symbol} {time:O}) is earlier than the bar before it", nameof(bars));
            int end = i;
            while (end < all.Count && all[end].EndTime == time) end++;
            RunStep(strategy, all.GetRange(i, end - i));
            i = end;
        }
        strategy.OnEnd();
    }

    private void RunStep(Strategy strategy, List<Bar> step)
    {
        UtcNow = step[0].EndTime;
        foreach (var bar in step)
        {
            if (!_history.TryGetValue(bar.Symbol, out var history))
                throw new ArgumentException($"{bar.Symbol} is not one of this run's symbols");
            FillWorkingOrders(bar);
            history.Add(bar);
            _portfolio.Mark(bar.Symbol, bar.Close);
        }
        var events = _undelivered.ToList();
        _undelivered.Clear();
        foreach (var orderEvent in events) strategy.OnOrderEvent(orderEvent);
        foreach (var bar in step) strategy.OnBar(bar);
        // As the engine does: consolidators get the step's bars after OnBar, then the clock, before other schedules.
        foreach (var (symbol, consolidator) in _consolidators)
        {
            foreach (var bar in step)
                if (bar.Symbol == symbol) consolidator.Update(bar);
            consolidator.Scan(UtcNow);
        }
        _step++;
        foreach (var (every, callback) in _schedules)
            if (_step % every == 0) callback();
    }

    private void FillWorkingOrders(in Bar bar)
    {
        foreach (long id in _orderIds)
        {
            var order = _orders[id];
            if (!order.IsOpen || order.Symbol != bar.Symbol || order.CreatedTime >= bar.EndTime) continue;
            decimal? price = order.Type switch
            {
                OrderType.Market or OrderType.MarketOnOpen => bar.Open,
                OrderType.MarketOnClose => bar.Close,
                _ => null,
            };
            if (price is not decimal fillPrice) continue;
            var fill = new Fill(_fills.Count + 1, id, order.ClientOrderId, order.Symbol, bar.EndTime, order.Side,
                order.RemainingQuantity, fillPrice, 0m, 0m, Liquidity.Taker);
            _fills.Add(fill);
            _portfolio.Apply(order.Symbol, fill.SignedQuantity, fillPrice);
            var filled = order with
            {
                Status = OrderStatus.Filled,
                FilledQuantity = order.Quantity,
                FilledValue = order.FilledValue + fill.Value,
                LastUpdateTime = bar.EndTime,
            };
            _orders[id] = filled;
            _undelivered.Add(new OrderFilled(filled, bar.EndTime, fill));
        }
    }

    /// <inheritdoc />
    public OrderTicket Submit(OrderRequest request)
    {
        long id = _orderIds.Count + 1;
        var order = new Order(id, request.ClientOrderId ?? $"{_strategyName}-{id}", request.Symbol, request.Side, request.Type, request.Quantity, UtcNow)
        {
            LimitPrice = request.LimitPrice,
            StopPrice = request.StopPrice,
            TrailingOffset = request.TrailingOffset,
            TrailingType = request.TrailingType,
            TimeInForce = request.TimeInForce,
            Tag = request.Tag,
            OcoGroup = request.OcoGroup,
            Status = OrderStatus.Accepted,
            LastUpdateTime = UtcNow,
        };
        (RejectReason Code, string Text)? rejection =
            IsWarmingUp ? (RejectReason.WarmingUp, "orders are refused during warm-up")
            : request.Quantity <= 0m ? (RejectReason.InvalidQuantity, $"quantity must be positive (got {request.Quantity})")
            : !_history.ContainsKey(request.Symbol) ? (RejectReason.UnknownSymbol, $"{request.Symbol} is not one of this run's symbols")
            : null;
        if (rejection is { } r)
        {
            order = order with { Status = OrderStatus.Rejected };
            _undelivered.Add(new OrderRejected(order, UtcNow, r.Code, r.Text));
        }
        _orders[id] = order;
        _orderIds.Add(id);
        return new OrderTicket(this, id);
    }

    /// <inheritdoc />
    public bool Cancel(long orderId)
    {
        if (!_orders.TryGetValue(orderId, out var order) || !order.IsOpen) return false;
        var canceled = order with { Status = OrderStatus.Canceled, LastUpdateTime = UtcNow };
        _orders[orderId] = canceled;
        _undelivered.Add(new OrderCanceled(canceled, UtcNow, "canceled by the strategy"));
        return true;
    }

    /// <inheritdoc />
    public bool Amend(long orderId, OrderAmendment amendment)
    {
        if (!_orders.TryGetValue(orderId, out var order) || !order.IsOpen) return false;
        if (amendment.Quantity is <= 0m) return false;
        _orders[orderId] = order with
        {
            Quantity = amendment.Quantity ?? order.Quantity,
            LimitPrice = amendment.LimitPrice ?? order.LimitPrice,
            StopPrice = amendment.StopPrice ?? order.StopPrice,
            LastUpdateTime = UtcNow,
        };
        return true;
    }

    /// <inheritdoc />
    public Order? GetOrder(long orderId) => _orders.GetValueOrDefault(orderId);

    /// <inheritdoc />
    public IReadOnlyList<Order> GetOpenOrders(Symbol? symbol = null) =>
        _orderIds.Select(id => _orders[id]).Where(o => o.IsOpen && (symbol is null || o.Symbol == symbol)).ToList();

    /// <inheritdoc />
    public Instrument GetInstrument(Symbol symbol) => Instrument.UsEquity(symbol);

    /// <inheritdoc />
    public BarWindow GetHistory(Symbol symbol, int count)
    {
        var history = _history[symbol];
        var window = history.Skip(Math.Max(0, history.Count - count)).ToArray();
        return window.Length == 0 ? new BarWindow(new Bar[1], 0, 0) : new BarWindow(window, window.Length - 1, window.Length);
    }

    /// <inheritdoc />
    public string? GetParameter(string name) => _parameters.GetValueOrDefault(name);

    /// <inheritdoc />
    public void ReportParameter(string name, string value) => _reportedParameters[name] = value;

    /// <inheritdoc />
    public void ScheduleEveryBars(int bars, Action callback)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bars, 1);
        _schedules.Add((bars, callback));
    }

    /// <inheritdoc />
    public void ScheduleDaily(TimeOnly timeOfDay, Action callback, string? timeZone = null) =>
        throw new NotSupportedException("TestStrategyContext does not simulate exchange calendars; test DailyAt callbacks with omnialpha backtest.");

    /// <inheritdoc />
    public BarConsolidator Consolidate(Symbol symbol, ConsolidationPeriod period, Action<Bar> onBar)
    {
        if (!_history.ContainsKey(symbol)) throw new KeyNotFoundException($"{symbol} is not one of this run's symbols");
        var consolidator = new BarConsolidator(GetInstrument(symbol), period, onBar);
        _consolidators.Add((symbol, consolidator));
        return consolidator;
    }

    /// <inheritdoc />
    public void SetWarmUp(int bars)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bars);
        _warmUpSteps = bars;
    }
}
