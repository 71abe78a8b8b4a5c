using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// Processes one time step of a backtest (all bars ending at one instant) through the shared <see cref="StepPipeline"/>.
/// A method called once per step rather than one long loop: the JIT then promotes it to fully optimized,
/// profile-guided code within a few dozen steps, instead of running the whole backtest in the less optimized
/// on-stack-replacement version of a loop that is entered only once.
/// </summary>
internal sealed class TimeStepProcessor(BarSeries[] series, BarMerger merger, StepPipeline pipeline, StrategyHotSwap? hotSwap = null)
{
    /// <summary>Calls into the running strategy; a new one after a hot reload.</summary>
    public StrategyInvoker Invoker => pipeline.Invoker;

    /// <summary>Bars delivered so far.</summary>
    public long Bars { get; private set; }

    /// <summary>Time steps processed so far.</summary>
    public long Steps { get; private set; }

    /// <summary>Processes the next time step; false when the data is exhausted.</summary>
    public bool Step()
    {
        // The time-step boundary: the only place a hot reload swaps the strategy (one field read when none is pending).
        if (hotSwap is not null && hotSwap.HasPending) pipeline.Invoker = hotSwap.Apply(pipeline.Invoker);
        if (!merger.MoveNext()) return false;
        var bars = new MergedBars(series, merger.StepSeries, merger.StepBars, merger.StepCount);
        pipeline.Run(merger.StepTime, ref bars, callbacks: true);
        Steps++;
        Bars += bars.Count;
        return true;
    }

    /// <summary>A step of the merged series: bar k is bar <c>stepBars[k]</c> of series <c>stepSeries[k]</c>.</summary>
    private readonly struct MergedBars(BarSeries[] series, int[] stepSeries, int[] stepBars, int count) : IStepBars
    {
        public int Count => count;
        public ref readonly Bar this[int k] => ref series[stepSeries[k]][stepBars[k]];
        public int SecurityIndex(int k) => stepSeries[k];
        public void Deliver(int k, SecurityState security) => security.Deliver(stepBars[k], series[stepSeries[k]][stepBars[k]].Close);
    }
}
