using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OmniAlpha.Kernel.Accounting;
using OmniAlpha.Kernel.Orders;
using OmniAlpha.Kernel.Results;
using OmniAlpha.Kernel.Scheduling;
using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// The deterministic, single-threaded backtester. For each time step (all bars ending at one instant):
/// 1. the simulated brokerage matches working orders against the new bars (orders decided earlier only);
/// 2. the bars join the history and the portfolio is marked at their closes;
/// 3. order events are delivered to the strategy, then <see cref="Strategy.OnBar"/> for each bar;
/// 4. scheduled callbacks run, new events are delivered, and the equity point is recorded.
/// Same inputs give the same outputs, byte for byte.
/// </summary>
public sealed class BacktestEngine
{
    private const int ProgressEvery = 1 << 16;
    private readonly BacktestOptions _options;
    private readonly ISimulatedBrokerage _brokerage;
    private bool _ran;

    /// <summary>Creates an engine that executes through <paramref name="brokerage"/> (a fresh one per run).</summary>
    public BacktestEngine(BacktestOptions options, ISimulatedBrokerage brokerage)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(brokerage);
        options.Account.Validate();
        options.ScriptBudgets?.Validate();
        if (!Enum.IsDefined(options.OnStrategyFailure))
            throw new ArgumentOutOfRangeException(nameof(options), options.OnStrategyFailure, "unknown strategy failure policy");
        _options = options;
        _brokerage = brokerage;
    }

    /// <summary>Runs <paramref name="strategy"/> over <paramref name="data"/> (one series per symbol, in run order).</summary>
    /// <remarks>
    /// A failing strategy callback is handled by <see cref="BacktestOptions.OnStrategyFailure"/>: by default the strategy
    /// is stopped, the run goes on to the end of the data and <see cref="BacktestResult.Failure"/> tells what happened.
    /// </remarks>
    /// <exception cref="StrategyRuntimeException">A strategy callback threw and the policy is <see cref="StrategyFailurePolicy.Throw"/>.</exception>
    public BacktestResult Run(Strategy strategy, IReadOnlyList<BarSeries> data)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(data);
        if (data.Count == 0) throw new ArgumentException("A backtest needs at least one data series.", nameof(data));
        if (_ran) throw new InvalidOperationException("A BacktestEngine runs once: create a new engine and brokerage for each run.");
        _ran = true;
        bool guarded = _options.ScriptBudgets is not null && StrategyInvoker.IsGuardedScript(strategy);
        // A hot reload may replace the strategy: only the processor may reach it once started, so neither this frame nor
        // the script thread's closure may hold it; Start takes it out of the box.
        var box = new StrategyBox(strategy);
        strategy = null!;
        // A guarded script runs on a thread with room to unwind a call-depth breach (see ScriptThread).
        return guarded ? ScriptThread.Run(() => RunHere(box, data)) : RunHere(box, data);
    }

    private BacktestResult RunHere(StrategyBox box, IReadOnlyList<BarSeries> data)
    {
        var (processor, router, runtime, portfolio, curve, totalBars, strategyName, supervisor) = Start(box, data);
        long allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
        long nextProgress = ProgressEvery;
        while (processor.Step())
        {
            if (processor.Bars >= nextProgress && _options.Progress is { } progress)
            {
                progress.Report((double)processor.Bars / totalBars);
                nextProgress = processor.Bars + ProgressEvery;
            }
        }
        long loopAllocated = GC.GetAllocatedBytesForCurrentThread() - allocatedAtStart;
        processor.Invoker.End();
        processor.Invoker.Deliver(router);
        _options.Progress?.Report(1.0);
        (_options.Logger ?? NullLogger.Instance).LogDebug("Backtest of {Strategy} processed {Bars} bars in {Steps} steps", strategyName, processor.Bars, processor.Steps);
        return BuildResult(strategyName, runtime, router, portfolio, curve, processor.Bars, processor.Steps, loopAllocated, supervisor.Failure);
    }

    /// <summary>
    /// Builds the run's state and starts the strategy. A separate, never inlined method: unoptimized (tier-0) code keeps
    /// temporaries in hidden stack slots until its method returns, and the loop in <see cref="Run"/> must not keep the
    /// first strategy version loaded after a hot reload replaced it.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private BacktestRun Start(StrategyBox box, IReadOnlyList<BarSeries> data)
    {
        var strategy = box.Take();
        var series = new BarSeries[data.Count];
        var securities = new SecurityState[data.Count];
        var instruments = new Instrument[data.Count];
        long totalBars = 0;
        int longest = 0;
        for (int i = 0; i < data.Count; i++)
        {
            series[i] = data[i];
            securities[i] = new SecurityState(data[i]);
            instruments[i] = data[i].Instrument;
            totalBars += data[i].Count;
            longest = Math.Max(longest, data[i].Count);
        }

        var portfolio = new PortfolioLedger(_options.Account, instruments);
        foreach (var instrument in instruments) _brokerage.AddInstrument(instrument);
        _brokerage.SetFillGuard(new AccountFillGuard(portfolio));
        var bySymbol = new Dictionary<Symbol, Instrument>(instruments.Length);
        foreach (var instrument in instruments) bySymbol[instrument.Symbol] = instrument;
        var router = new OrderRouter(strategy.Name, portfolio, _brokerage, s => bySymbol.GetValueOrDefault(s), _options.RiskChecks);
        var scheduler = new Scheduler();
        var logger = _options.Logger ?? NullLogger.Instance;
        var runtime = new StrategyRuntime(securities, router, portfolio, scheduler, _options.Parameters, logger);
        var budgets = _options.ScriptBudgets;
        var supervisor = new StrategySupervisor(strategy.Name, _options.OnStrategyFailure, router, portfolio, logger);
        var invoker = new StrategyInvoker(strategy, runtime, supervisor, budgets);
        strategy.Attach(runtime);

        var curve = new EquityCurve(longest + 1);
        var merger = new BarMerger(series);

        invoker.Start();
        runtime.IsStarting = false;
        invoker.Deliver(router);
        var hotSwap = _options.HotSwap?.Bind(strategy, runtime, scheduler, supervisor, budgets);
        var pipeline = new StepPipeline(securities, _brokerage, portfolio, router, runtime, invoker, scheduler, curve);
        var processor = new TimeStepProcessor(series, merger, pipeline, hotSwap);
        return new BacktestRun(processor, router, runtime, portfolio, curve, totalBars, strategy.Name, supervisor);
    }

    private BacktestResult BuildResult(string strategyName, StrategyRuntime runtime, OrderRouter router, PortfolioLedger portfolio,
        EquityCurve curve, long bars, long steps, long loopAllocated, StrategyFailure? failure)
    {
        var points = curve.Points;
        var trades = portfolio.Trades.ToArray();
        var positions = new List<PositionSnapshot>(portfolio.Positions.Count);
        foreach (var p in portfolio.Positions)
            positions.Add(new PositionSnapshot(p.Symbol, p.Quantity, p.AverageCost, p.LastPrice, p.MarketValue, p.RealizedPnl, p.UnrealizedPnl, p.Commission));
        return new BacktestResult
        {
            StrategyName = strategyName,
            Account = _options.Account,
            Symbols = runtime.Symbols,
            Parameters = new SortedDictionary<string, string>(runtime.ResolvedParameters.ToDictionary(), StringComparer.Ordinal),
            Orders = router.Orders.ToArray(),
            OrderEvents = router.Events.ToArray(),
            Fills = router.Fills.ToArray(),
            Trades = trades,
            EquityCurve = points,
            Positions = positions,
            Statistics = StatisticsCalculator.Compute(_options.Account.StartingCash, points, trades, portfolio.TradedValue,
                portfolio.TotalCommission, portfolio.TotalSlippage),
            FinalCash = portfolio.Cash,
            RealizedPnl = portfolio.RealizedPnl,
            UnrealizedPnl = portfolio.UnrealizedPnl,
            BarsProcessed = bars,
            TimeSteps = steps,
            LoopAllocatedBytes = loopAllocated,
            Failure = failure,
        };
    }
}
