using OmniAlpha.Kernel.Engine;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Kernel.Live;

/// <summary>Settings of a <see cref="LiveEngine"/>.</summary>
public sealed record LiveEngineOptions
{
    /// <summary>Wall time between checkpoint batches (every strategy's cash and equity), committed even when nothing else happened.</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Least wall time between two snapshots published after time steps (commands always publish one).</summary>
    public TimeSpan SnapshotInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>A real feed's time slice closes this long after its first bar arrived unless a later bar closes it first.</summary>
    public TimeSpan StepLateness { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Bars of history kept per symbol and strategy (the strategy's GetHistory reaches at most this far).</summary>
    public int HistoryCapacity { get; init; } = 1_000;

    /// <summary>Equity samples kept per strategy (older ones are thinned out, see the snapshot's equity curve).</summary>
    public int EquityPoints { get; init; } = 2_000;

    /// <summary>Recent fills kept per strategy for snapshots.</summary>
    public int RecentFills { get; init; } = 50;

    /// <summary>What to do when the broker disagrees with the kernel after a restart.</summary>
    public ReconcilePolicy Reconcile { get; init; } = ReconcilePolicy.Halt;

    /// <summary>What happens to a strategy's orders and positions when it fails (it always stops, status Failed, HALTED).</summary>
    public StrategyFailurePolicy OnStrategyFailure { get; init; } = StrategyFailurePolicy.Cancel;

    /// <summary>Budgets of guarded scripts; null disables them.</summary>
    public ScriptBudgetLimits? ScriptBudgets { get; init; } = ScriptBudgetLimits.Default;

    /// <summary>Clock for pacing, timers and latency (tests pass a fake one).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal void Validate()
    {
        if (CheckpointInterval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(CheckpointInterval), "must be positive");
        if (SnapshotInterval < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(SnapshotInterval), "must not be negative");
        if (StepLateness <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(StepLateness), "must be positive");
        ArgumentOutOfRangeException.ThrowIfLessThan(HistoryCapacity, 1, nameof(HistoryCapacity));
        ArgumentOutOfRangeException.ThrowIfLessThan(EquityPoints, 2, nameof(EquityPoints));
        ArgumentOutOfRangeException.ThrowIfNegative(RecentFills, nameof(RecentFills));
        if (OnStrategyFailure == StrategyFailurePolicy.Throw)
            throw new ArgumentOutOfRangeException(nameof(OnStrategyFailure), "a live engine contains failures: Throw is not allowed");
    }
}
