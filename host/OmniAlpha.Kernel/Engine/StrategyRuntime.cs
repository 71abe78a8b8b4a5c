using Microsoft.Extensions.Logging;
using OmniAlpha.Kernel.Accounting;
using OmniAlpha.Kernel.Orders;
using OmniAlpha.Kernel.Scheduling;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Market.Consolidation;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// The engine side of <see cref="IStrategyContext"/>: what a running strategy can see and do. Reads are
/// served from kernel state as of the current time step, so a strategy cannot look ahead.
/// </summary>
internal sealed class StrategyRuntime : IStrategyContext
{
    private readonly Dictionary<Symbol, SecurityState> _securities;
    private readonly OrderRouter _router;
    private readonly PortfolioLedger _portfolio;
    private readonly Scheduler _scheduler;
    private readonly IReadOnlyDictionary<string, string> _parameters;
    private readonly SortedDictionary<string, string> _resolvedParameters = new(StringComparer.Ordinal);
    private readonly string _defaultTimeZone;
    private ConsolidationFeed? _consolidation;

    public StrategyRuntime(SecurityState[] securities, OrderRouter router, PortfolioLedger portfolio, Scheduler scheduler,
        IReadOnlyDictionary<string, string> parameters, ILogger logger)
    {
        _securities = new Dictionary<Symbol, SecurityState>(securities.Length);
        var symbols = new Symbol[securities.Length];
        for (int i = 0; i < securities.Length; i++)
        {
            _securities.Add(securities[i].Symbol, securities[i]);
            symbols[i] = securities[i].Symbol;
        }
        Symbols = symbols;
        _router = router;
        _portfolio = portfolio;
        _scheduler = scheduler;
        _parameters = parameters;
        _defaultTimeZone = securities.Length > 0 ? securities[0].Instrument.TimeZone : "UTC";
        Logger = logger;
    }

    public DateTime UtcNow { get; set; }
    public IReadOnlyList<Symbol> Symbols { get; }
    public IPortfolio Portfolio => _portfolio;
    public ILogger Logger { get; }

    /// <summary>Time steps of warm-up still to run.</summary>
    public int WarmUpRemaining { get; private set; }

    public bool IsWarmingUp => WarmUpRemaining > 0;

    /// <summary>True once a hot reload replaced the first version (<see cref="IStrategyContext.IsReload"/>).</summary>
    public bool IsReload { get; set; }

    /// <summary>True while a hot-reloaded version's OnStart runs: SetWarmUp is ignored then.</summary>
    public bool IsRestarting { get; set; }

    /// <summary>True until the first time step: SetWarmUp is only allowed then.</summary>
    public bool IsStarting { get; set; } = true;

    /// <summary>Parameters the strategy read, with the values they resolved to.</summary>
    public IReadOnlyDictionary<string, string> ResolvedParameters => _resolvedParameters;

    public Instrument GetInstrument(Symbol symbol) => Security(symbol).Instrument;

    public BarWindow GetHistory(Symbol symbol, int count) => Security(symbol).History(count);

    public string? GetParameter(string name) => _parameters.TryGetValue(name, out var value) ? value : null;

    public void ReportParameter(string name, string value) => _resolvedParameters[name] = value;

    public OrderTicket Submit(OrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        decimal reference = _securities.TryGetValue(request.Symbol, out var security) ? security.LastPrice : 0m;
        return new OrderTicket(this, _router.Submit(request, reference));
    }

    public bool Cancel(long orderId) => _router.Cancel(orderId);

    public bool Amend(long orderId, OrderAmendment amendment)
    {
        if (_router.Amend(orderId, amendment, out string? error)) return true;
        Logger.LogWarning("Amend of order {OrderId} refused: {Reason}", orderId, error);
        return false;
    }

    public Order? GetOrder(long orderId) => _router.Get(orderId);

    public IReadOnlyList<Order> GetOpenOrders(Symbol? symbol = null) => _router.GetOpenOrders(symbol);

    public void ScheduleEveryBars(int bars, Action callback) => _scheduler.EveryBars(bars, callback);

    public void ScheduleDaily(TimeOnly timeOfDay, Action callback, string? timeZone = null) =>
        _scheduler.Daily(timeOfDay, TimeZoneInfo.FindSystemTimeZoneById(timeZone ?? _defaultTimeZone), callback);

    public BarConsolidator Consolidate(Symbol symbol, ConsolidationPeriod period, Action<Bar> onBar)
    {
        var security = Security(symbol);
        if (_consolidation is null)
        {
            _consolidation = new ConsolidationFeed();
            _scheduler.EveryStep(_consolidation.OnTimeStep);
        }
        return _consolidation.Add(security, period, onBar);
    }

    /// <summary>Takes the strategy's consolidators out (hot reload); <see cref="RestoreConsolidators"/> puts them back.</summary>
    public ConsolidationFeed.Subscription[] RemoveConsolidators() => _consolidation?.RemoveAll() ?? [];

    /// <summary>Puts back consolidators taken by <see cref="RemoveConsolidators"/>.</summary>
    public void RestoreConsolidators(ConsolidationFeed.Subscription[] saved) => _consolidation?.Restore(saved);

    public void SetWarmUp(int bars)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bars);
        if (IsRestarting) return; // a reload does not repeat the run's warm-up
        if (!IsStarting) throw new InvalidOperationException("SetWarmUp can only be called from OnStart.");
        WarmUpRemaining = bars;
        UpdateGate();
    }

    /// <summary>Counts one finished time step against the warm-up.</summary>
    public void CompleteTimeStep()
    {
        if (WarmUpRemaining > 0 && --WarmUpRemaining == 0) UpdateGate();
    }

    private void UpdateGate() =>
        _router.Gate = WarmUpRemaining > 0
            ? OrderCheck.Fail(RejectReason.WarmingUp, "orders are not accepted during the warm-up period")
            : OrderCheck.Pass;

    private SecurityState Security(Symbol symbol) =>
        _securities.TryGetValue(symbol, out var security)
            ? security
            : throw new KeyNotFoundException($"Symbol {symbol} is not part of this run (symbols: {string.Join(", ", Symbols)}).");
}
