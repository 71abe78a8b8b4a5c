using OmniAlpha.Kernel.Accounting;
using OmniAlpha.Kernel.Orders;
using OmniAlpha.Kernel.Scheduling;
using OmniAlpha.Sdk.Brokerage;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// One strategy's time step, shared by the backtester and the live engine so both run exactly the same sequence:
/// 1. the simulated brokerage matches working orders against the new bars (orders decided earlier only);
/// 2. the bars join the history and the portfolio is marked at their closes;
/// 3. order events are delivered to the strategy, then <c>OnBar</c> for each bar;
/// 4. scheduled callbacks run, new events are delivered, and the equity point is recorded.
/// </summary>
internal sealed class StepPipeline(
    SecurityState[] securities,
    ISimulatedBrokerage brokerage,
    PortfolioLedger portfolio,
    OrderRouter router,
    StrategyRuntime runtime,
    StrategyInvoker invoker,
    Scheduler scheduler,
    IEquityRecorder curve)
{
    /// <summary>Calls into the running strategy; replaced after a hot reload.</summary>
    public StrategyInvoker Invoker { get; set; } = invoker;

    /// <summary>
    /// Runs the step at <paramref name="time"/>. With <paramref name="callbacks"/> false (a paused or stopped live strategy)
    /// the venue still matches and the portfolio is still marked, but the strategy is not called and its events stay queued.
    /// </summary>
    public void Run<TBars>(DateTime time, ref TBars bars, bool callbacks) where TBars : struct, IStepBars
    {
        runtime.UtcNow = time;
        router.Now = time;
        int count = bars.Count;

        // Every bar goes to the brokerage, also when nothing is working: it keeps each symbol's last close and
        // bar time for orders placed later (a trailing stop's anchor, session boundaries). Cheap when idle.
        for (int k = 0; k < count; k++) brokerage.OnBar(in bars[k]);
        for (int k = 0; k < count; k++)
        {
            int s = bars.SecurityIndex(k);
            decimal close = bars[k].Close;
            bars.Deliver(k, securities[s]);
            portfolio.Mark(s, close);
        }
        if (callbacks)
        {
            var invoker = Invoker;
            if (router.HasPendingEvents) invoker.Deliver(router);
            for (int k = 0; k < count; k++) invoker.OnBar(in bars[k]);
            if (!scheduler.IsEmpty) invoker.RunScheduled(scheduler, time);
            if (router.HasPendingEvents) invoker.Deliver(router);
        }

        if (!runtime.IsWarmingUp) curve.Record(time, portfolio.Cash, portfolio.Equity, portfolio.HasExposure);
        runtime.CompleteTimeStep();
    }
}
