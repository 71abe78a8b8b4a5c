using Microsoft.Extensions.Logging;
using OmniAlpha.Kernel.Accounting;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Kernel.Orders;
using OmniAlpha.Kernel.Scheduling;
using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Live;

/// <summary>
/// One deployed strategy in the live engine: its own securities (ring-buffer history), account, order router (client
/// order ids "&lt;strategy id&gt;-&lt;n&gt;"), runtime, scheduler, supervisor, invoker, hot swap and paper venue behind
/// a <see cref="WriteAheadBrokerage"/>. Steps run through the backtest's <see cref="StepPipeline"/>. Engine thread only.
/// </summary>
internal sealed class StrategySlot
{
    private readonly Dictionary<Symbol, int> _index;
    private readonly Bar[] _scratch;
    private readonly bool[] _has;
    private readonly Bar[] _stepBars;
    private readonly int[] _stepIndices;
    private readonly StrategyHotSwap _hotSwap;
    private readonly StrategySupervisor _supervisor;
    private readonly Func<TradingState> _hostState;
    private readonly ILogger _logger;
    private bool _bypassStateGate;

    public StrategySlot(ScriptVersionRecord version, Strategy strategy, IReadOnlyDictionary<Symbol, Instrument> instruments,
        Func<IReadOnlyList<Instrument>, ISimulatedBrokerage> venues, LiveEngineOptions options, Func<TradingState> hostState,
        ILogger logger, DateTime now)
    {
        Id = version.StrategyId;
        Version = version;
        _hostState = hostState;
        _logger = logger;
        var symbols = version.Symbols;
        if (symbols.Count == 0) throw new StrategyScriptException($"strategy {Id}: no symbols to trade");
        var list = new Instrument[symbols.Count];
        _index = new Dictionary<Symbol, int>(symbols.Count);
        for (int i = 0; i < symbols.Count; i++)
        {
            var symbol = new Symbol(symbols[i]);
            if (!instruments.TryGetValue(symbol, out var instrument))
                throw new StrategyScriptException($"strategy {Id}: unknown symbol {symbol} (known: {string.Join(", ", instruments.Keys)})");
            if (!_index.TryAdd(symbol, i)) throw new StrategyScriptException($"strategy {Id}: symbol {symbol} is listed twice");
            list[i] = instrument;
        }
        Instruments = list;
        Securities = Array.ConvertAll(list, inst => SecurityState.Live(inst, options.HistoryCapacity));
        _scratch = new Bar[list.Length];
        _has = new bool[list.Length];
        _stepBars = new Bar[list.Length];
        _stepIndices = new int[list.Length];

        Portfolio = new PortfolioLedger(new AccountSettings(version.StartingCash), list);
        var venue = venues(list);
        foreach (var instrument in list) venue.AddInstrument(instrument);
        Brokerage = new WriteAheadBrokerage(venue, logger);
        Brokerage.SetFillGuard(new AccountFillGuard(Portfolio));
        var bySymbol = list.ToDictionary(i => i.Symbol);
        Router = new OrderRouter(Id, Portfolio, Brokerage, s => bySymbol.GetValueOrDefault(s));
        var gate = new TradingStateGate(Portfolio, () => Router, () => _bypassStateGate ? TradingState.Active : EffectiveState);
        Router.StateGate = gate.Check;
        var scheduler = new Scheduler();
        Runtime = new StrategyRuntime(Securities, Router, Portfolio, scheduler, version.Parameters, logger);
        _supervisor = new StrategySupervisor(Id, options.OnStrategyFailure, Router, Portfolio, logger);
        var invoker = new StrategyInvoker(strategy, Runtime, _supervisor, options.ScriptBudgets);
        strategy.Attach(Runtime);
        _hotSwap = new StrategyHotSwap().Bind(strategy, Runtime, scheduler, _supervisor, options.ScriptBudgets);
        Curve = new BoundedEquityCurve(options.EquityPoints);
        Pipeline = new StepPipeline(Securities, Brokerage, Portfolio, Router, Runtime, invoker, scheduler, Curve);
        Name = strategy.Name;

        Runtime.UtcNow = now;
        Router.Now = now;
        invoker.Start();
        Runtime.IsStarting = false;
        invoker.Deliver(Router);
        Status = StrategyStatus.Running;
    }

    public string Id { get; }
    public string Name { get; private set; }
    public ScriptVersionRecord Version { get; private set; }
    public Instrument[] Instruments { get; }
    public SecurityState[] Securities { get; }
    public PortfolioLedger Portfolio { get; }
    public WriteAheadBrokerage Brokerage { get; }
    public OrderRouter Router { get; }
    public StrategyRuntime Runtime { get; }
    public StepPipeline Pipeline { get; }
    public BoundedEquityCurve Curve { get; }
    public StrategyStatus Status { get; private set; }
    public TradingState TradingState { get; set; }
    public string? Failure { get; private set; }

    /// <summary>The stricter of the strategy's and the host's trading state.</summary>
    public TradingState EffectiveState => (TradingState)Math.Max((int)TradingState, (int)_hostState());

    /// <summary>Runs this strategy's part of <paramref name="slice"/>; false when the slice has none of its symbols.</summary>
    public bool Step(TimeSlice slice)
    {
        bool any = false;
        for (int k = 0; k < slice.Count; k++)
        {
            ref readonly var bar = ref slice[k];
            if (!_index.TryGetValue(bar.Symbol, out int i)) continue;
            _scratch[i] = bar;
            _has[i] = true;
            any = true;
        }
        if (!any) return false;
        int count = 0;
        for (int i = 0; i < _has.Length; i++)
        {
            if (!_has[i]) continue;
            _has[i] = false;
            _stepBars[count] = _scratch[i];
            _stepIndices[count++] = i;
        }
        var bars = new LiveStepBars(_stepBars, _stepIndices, count);
        Pipeline.Run(slice.Time, ref bars, callbacks: Status == StrategyStatus.Running);
        // A stopped or failed strategy hears nothing more; a paused one gets its events on resume.
        if (Status is StrategyStatus.Stopped or StrategyStatus.Failed && Router.HasPendingEvents) Router.DropPendingEvents();
        return true;
    }

    /// <summary>True once the supervisor stopped the strategy but the slot does not show it yet (see <see cref="MarkFailed"/>).</summary>
    public bool HasNewFailure => _supervisor.IsStopped && Status != StrategyStatus.Failed;

    /// <summary>The supervisor's description of the failure that stopped the strategy.</summary>
    public string? SupervisorFailure => _supervisor.Failure?.Describe();

    /// <summary>Failed and HALTED, with <paramref name="reason"/>.</summary>
    public void MarkFailed(string reason)
    {
        Status = StrategyStatus.Failed;
        TradingState = TradingState.Halted;
        Failure = reason;
        _logger.LogError("Strategy {Strategy} failed and is HALTED: {Reason}", Id, reason);
    }

    public CommandResult Stop(string actor)
    {
        if (Status is StrategyStatus.Stopped or StrategyStatus.Failed)
            return CommandResult.Fail(CommandErrorKind.Conflict, $"strategy '{Id}' is already {Status.ToString().ToLowerInvariant()}");
        CancelOpenOrders($"strategy {Id} was stopped by {actor}");
        Router.DropPendingEvents();
        Status = StrategyStatus.Stopped;
        return CommandResult.Ok;
    }

    public CommandResult Start()
    {
        if (Status != StrategyStatus.Stopped)
            return CommandResult.Fail(CommandErrorKind.Conflict, $"strategy '{Id}' is {Status.ToString().ToLowerInvariant()}, not stopped");
        Status = StrategyStatus.Running;
        return CommandResult.Ok;
    }

    public CommandResult Pause()
    {
        if (Status != StrategyStatus.Running)
            return CommandResult.Fail(CommandErrorKind.Conflict, $"strategy '{Id}' is {Status.ToString().ToLowerInvariant()}, not running");
        Status = StrategyStatus.Paused;
        return CommandResult.Ok;
    }

    public CommandResult Resume()
    {
        if (Status != StrategyStatus.Paused)
            return CommandResult.Fail(CommandErrorKind.Conflict, $"strategy '{Id}' is {Status.ToString().ToLowerInvariant()}, not paused");
        Status = StrategyStatus.Running;
        // Events that arrived while paused are delivered now, before the next bar.
        if (Router.HasPendingEvents) Pipeline.Invoker.Deliver(Router);
        return CommandResult.Ok;
    }

    /// <summary>Cancels every open order, optionally closes every position with market orders, then HALTED.</summary>
    public void Kill(bool flatten, string actor)
    {
        CancelOpenOrders($"kill switch ({actor})");
        if (flatten)
        {
            _bypassStateGate = true;
            var gate = Router.Gate;
            Router.Gate = OrderCheck.Pass;
            try
            {
                foreach (var position in Portfolio.Positions)
                {
                    if (position.Quantity == 0m) continue;
                    var side = position.Quantity > 0m ? OrderSide.Sell : OrderSide.Buy;
                    Router.Submit(new OrderRequest(position.Symbol, side, Math.Abs(position.Quantity), OrderType.Market) { Tag = $"kill switch flatten ({actor})" },
                        Portfolio.Ledger(position.Symbol).LastPrice);
                }
            }
            finally
            {
                Router.Gate = gate;
                _bypassStateGate = false;
            }
        }
        TradingState = TradingState.Halted;
    }

    /// <summary>Swaps in <paramref name="next"/> (version <paramref name="version"/>) now; on failure the old version keeps running.</summary>
    public CommandResult Reload(ScriptVersionRecord version, Strategy next, Action<Strategy, Strategy>? transfer)
    {
        if (Status == StrategyStatus.Failed)
            return CommandResult.Fail(CommandErrorKind.Conflict, $"strategy '{Id}' failed; deploy it again instead of reloading");
        StrategyReplacementOutcome? outcome = null;
        _hotSwap.Post(new StrategyReplacement(next, Version.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            version.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            TransferState = transfer,
            Completed = o => outcome = o,
        });
        Pipeline.Invoker = _hotSwap.Apply(Pipeline.Invoker);
        if (outcome is not { Succeeded: true })
            return CommandResult.Fail(CommandErrorKind.Invalid,
                $"version {version.Version} of '{Id}' was not started, version {Version.Version} keeps running: {outcome?.Error?.Message ?? "not applied"}");
        Version = version;
        Name = next.Name;
        Router.Now = Runtime.UtcNow;
        if (Router.HasPendingEvents && Status == StrategyStatus.Running) Pipeline.Invoker.Deliver(Router);
        return CommandResult.Ok;
    }

    /// <summary>Sets engine time before a command acts on the slot (orders it places are stamped with it).</summary>
    public void SetTime(DateTime now)
    {
        if (now > Runtime.UtcNow)
        {
            Runtime.UtcNow = now;
            Router.Now = now;
        }
    }

    private void CancelOpenOrders(string reason)
    {
        foreach (var order in Router.GetOpenOrders(null)) Router.Cancel(order.OrderId, reason);
    }
}
