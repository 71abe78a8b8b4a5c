using Microsoft.Extensions.Logging;
using OmniAlpha.Kernel.Scheduling;
using OmniAlpha.Sdk.Scripting;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// Replaces a running strategy with a new version of itself (hot reload) at a time-step boundary. Any thread may
/// <see cref="Post"/> a <see cref="StrategyReplacement"/>; the engine thread checks one volatile field per time step
/// and, when one is pending, applies it before the next step: carries the state over (<see cref="StrategyReplacement.TransferState"/>),
/// clears the schedules the old version registered, attaches the new instance to the same <see cref="IStrategyContext"/>
/// (with <see cref="IStrategyContext.IsReload"/> true) and calls its <see cref="Strategy.OnStart"/>. Positions, open
/// orders, the order-id sequence, history and the run's warm-up are the kernel's and do not change (<c>SetWarmUp</c>
/// is ignored on a reload). If the transfer or the new <c>OnStart</c> throws, the old version and its schedules stay,
/// and the outcome says why; orders the failed <c>OnStart</c> placed before throwing stay too (they are real orders).
/// </summary>
/// <remarks>Pass it in <see cref="BacktestOptions.HotSwap"/>; one instance serves one run.</remarks>
public sealed class StrategyHotSwap
{
    private volatile StrategyReplacement? _pending;
    private Strategy? _current;
    private StrategyRuntime? _runtime;
    private Scheduler? _scheduler;
    private StrategySupervisor? _supervisor;
    private ScriptBudgetLimits? _budgets;
    private ILogger? _logger;

    /// <summary>Replacements applied so far.</summary>
    public int Applied { get; private set; }

    /// <summary>
    /// Posts <paramref name="replacement"/> for the next time-step boundary. A replacement still pending is superseded
    /// (its <see cref="StrategyReplacement.Completed"/> is told so, on the calling thread).
    /// </summary>
    public void Post(StrategyReplacement replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        var superseded = Interlocked.Exchange(ref _pending, replacement);
        if (superseded is not null) Notify(superseded, StrategyReplacementStatus.Superseded, default, null);
    }

    /// <summary>True while a posted replacement waits for the next boundary.</summary>
    public bool HasPending => _pending is not null;

    /// <summary>Connects this hot swap to a run that starts with <paramref name="initial"/>.</summary>
    internal StrategyHotSwap Bind(Strategy initial, StrategyRuntime runtime, Scheduler scheduler, StrategySupervisor supervisor,
        ScriptBudgetLimits? budgets)
    {
        if (_runtime is not null) throw new InvalidOperationException("A StrategyHotSwap serves one run: create a new one for each run.");
        _current = initial;
        _runtime = runtime;
        _scheduler = scheduler;
        _supervisor = supervisor;
        _budgets = budgets;
        _logger = runtime.Logger;
        return this;
    }

    /// <summary>Applies the pending replacement, if any, on the engine thread; returns the invoker to use from now on.</summary>
    internal StrategyInvoker Apply(StrategyInvoker current)
    {
        var replacement = Interlocked.Exchange(ref _pending, null);
        if (replacement is null || _runtime is null) return current;
        var runtime = _runtime;
        var old = _current!;
        var next = replacement.Next;
        if (_supervisor!.IsStopped)
            return Reject(replacement, current, "the strategy was stopped after a failure",
                new InvalidOperationException("a stopped strategy is not restarted by a reload"));
        try
        {
            replacement.TransferState?.Invoke(old, next);
        }
        catch (Exception e)
        {
            return Reject(replacement, current, "carrying its state over failed", e);
        }

        var savedSchedules = _scheduler!.RemoveAll();
        var savedConsolidators = runtime.RemoveConsolidators();
        bool wasReload = runtime.IsReload;
        runtime.IsReload = true;
        runtime.IsRestarting = true;
        StrategyInvoker invoker;
        try
        {
            next.Attach(runtime);
            invoker = new StrategyInvoker(next, runtime, _supervisor, _budgets);
            invoker.StartReplacement();
        }
        catch (Exception e)
        {
            _scheduler.RemoveAll();
            _scheduler.Restore(savedSchedules);
            runtime.RemoveConsolidators();
            runtime.RestoreConsolidators(savedConsolidators);
            runtime.IsReload = wasReload;
            return Reject(replacement, current, "its OnStart failed", e is StrategyRuntimeException { InnerException: { } inner } ? inner : e);
        }
        finally
        {
            runtime.IsRestarting = false;
        }
        _current = next;
        Applied++;
        _logger?.LogInformation("Hot reload of {Strategy}: version {From} replaced by {To} at {Time:O}",
            next.Name, replacement.FromVersion, replacement.ToVersion, runtime.UtcNow);
        Notify(replacement, StrategyReplacementStatus.Applied, runtime.UtcNow, null);
        return invoker;
    }

    private StrategyInvoker Reject(StrategyReplacement replacement, StrategyInvoker current, string what, Exception error)
    {
        _logger?.LogError(error, "Hot reload of {Strategy} to version {To} failed: {What}: {Error}; version {From} keeps running",
            replacement.Next.Name, replacement.ToVersion, what, error.Message, replacement.FromVersion);
        Notify(replacement, StrategyReplacementStatus.Failed, _runtime!.UtcNow, error);
        return current;
    }

    private void Notify(StrategyReplacement replacement, StrategyReplacementStatus status, DateTime at, Exception? error)
    {
        try
        {
            replacement.Completed?.Invoke(new StrategyReplacementOutcome(replacement, status, at, error));
        }
        catch (Exception e)
        {
            _logger?.LogWarning(e, "A hot-reload completion callback threw; ignored");
        }
    }
}
