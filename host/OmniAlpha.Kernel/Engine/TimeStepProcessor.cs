using OmniAlpha.Kernel.Accounting;
using OmniAlpha.Kernel.Orders;
using OmniAlpha.Kernel.Scheduling;
using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Data;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// Processes one time step of a backtest (all bars ending at one instant), in the order documented on
/// <see cref="BacktestEngine"/>. A method called once per step rather than one long loop: the JIT then promotes it
/// to fully optimized, profile-guided code within a few dozen steps, instead of running the whole backtest in the
/// less optimized on-stack-replacement version of a loop that is entered only once.
/// </summary>
internal sealed class TimeStepProcessor(
    BarSeries[] series,
    SecurityState[] securities,
    BarMerger merger,
    ISimulatedBrokerage brokerage,
    PortfolioLedger portfolio,
    OrderRouter router,
    StrategyRuntime runtime,
    StrategyInvoker invoker,
    Scheduler scheduler,
    EquityCurve curve,
    StrategyHotSwap? hotSwap = null)
{
    /// <summary>Calls into the running strategy; a new one after a hot reload.</summary>
    public StrategyInvoker Invoker => invoker;

    /// <summary>Bars delivered so far.</summary>
    public long Bars { get; private set; }

    /// <summary>Time steps processed so far.</summary>
    public long Steps { get; private set; }

    /// <summary>Processes the next time step; false when the data is exhausted.</summary>
    public bool Step()
    {
        // The time-step boundary: the only place a hot reload swaps the strategy (one field read when none is pending).
        if (hotSwap is not null && hotSwap.HasPending) invoker = hotSwap.Apply(invoker);
        if (!merger.MoveNext()) return false;
        DateTime time = merger.StepTime;
        runtime.UtcNow = time;
        router.Now = time;
        int count = merger.StepCount;
        int[] stepSeries = merger.StepSeries, stepBars = merger.StepBars;

        // Every bar goes to the brokerage, also when nothing is working: it keeps each symbol's last close and
        // bar time for orders placed later (a trailing stop's anchor, session boundaries). Cheap when idle.
        for (int k = 0; k < count; k++) brokerage.OnBar(in series[stepSeries[k]][stepBars[k]]);
        for (int k = 0; k < count; k++)
        {
            int s = stepSeries[k];
            decimal close = series[s][stepBars[k]].Close;
            securities[s].Deliver(stepBars[k], close);
            portfolio.Mark(s, close);
        }
        if (router.HasPendingEvents) invoker.Deliver(router);
        for (int k = 0; k < count; k++) invoker.OnBar(in series[stepSeries[k]][stepBars[k]]);
        if (!scheduler.IsEmpty) invoker.RunScheduled(scheduler, time);
        if (router.HasPendingEvents) invoker.Deliver(router);

        if (!runtime.IsWarmingUp) curve.Record(time, portfolio.Cash, portfolio.Equity, portfolio.HasExposure);
        runtime.CompleteTimeStep();
        Steps++;
        Bars += count;
        return true;
    }
}
