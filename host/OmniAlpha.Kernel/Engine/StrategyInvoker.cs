using System.Reflection;
using OmniAlpha.Kernel.Orders;
using OmniAlpha.Kernel.Scheduling;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Scripting;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// Calls into the strategy and hands any exception to the strategy's <see cref="StrategySupervisor"/> with the
/// callback's name and the engine time; once the supervisor has stopped the strategy, calls nothing more (queued order
/// events are dropped). try/catch costs nothing on .NET's non-throwing path.
/// For a guarded script (its assembly carries injected budget checks) each callback runs under armed
/// <see cref="ScriptBudget"/> limits; a breach is reported as the failure even if a script <c>finally</c> threw over it.
/// </summary>
internal sealed class StrategyInvoker
{
    private const string Scheduled = "scheduled callback";
    private readonly Strategy _strategy;
    private readonly StrategyRuntime _runtime;
    private readonly StrategySupervisor _supervisor;
    // The engine thread's meter when the strategy is a guarded script; null for precompiled and trusted strategies.
    private readonly ScriptBudgetMeter? _budget;
    private readonly Action<OmniAlpha.Sdk.Orders.OrderEvent> _onOrderEvent;
    private bool _replacing;

    /// <summary>Create it on the thread that will make the calls: a guarded script's budgets are that thread's.</summary>
    public StrategyInvoker(Strategy strategy, StrategyRuntime runtime, StrategySupervisor supervisor, ScriptBudgetLimits? budgets)
    {
        _strategy = strategy;
        _runtime = runtime;
        _supervisor = supervisor;
        _onOrderEvent = strategy.OnOrderEvent;
        // Precompiled and trusted strategies have no injected checks: arming would only cost time.
        if (budgets is not null && IsGuardedScript(strategy))
        {
            _budget = ScriptBudget.ForCurrentThread();
            _budget.Configure(budgets);
            _budget.ResetTotal();
        }
    }

    /// <summary>True for a strategy compiled with injected budget checks (its assembly is marked <see cref="BudgetedScriptAttribute"/>).</summary>
    public static bool IsGuardedScript(Strategy strategy) => strategy.GetType().Assembly.IsDefined(typeof(BudgetedScriptAttribute));

    /// <summary>True once the strategy was stopped by a failure.</summary>
    public bool IsStopped => _supervisor.IsStopped;

    public void Start()
    {
        if (_supervisor.IsStopped) return;
        try { Arm(); _strategy.OnStart(); Disarm(nameof(Strategy.OnStart)); }
        catch (Exception e) when (e is not StrategyRuntimeException) { Fail(nameof(Strategy.OnStart), e); }
    }

    /// <summary>
    /// Starts a hot-reloaded version: a failure is thrown as a <see cref="StrategyRuntimeException"/> (the swap then keeps
    /// the old version running) instead of stopping the strategy.
    /// </summary>
    public void StartReplacement()
    {
        _replacing = true;
        try { Start(); }
        finally { _replacing = false; }
    }

    public void OnBar(in Bar bar)
    {
        if (_supervisor.IsStopped) return;
        try { Arm(); _strategy.OnBar(in bar); Disarm(nameof(Strategy.OnBar)); }
        catch (Exception e) when (e is not StrategyRuntimeException) { Fail(nameof(Strategy.OnBar), e); }
    }

    public void Deliver(OrderRouter router)
    {
        if (_supervisor.IsStopped)
        {
            router.DropPendingEvents();
            return;
        }
        try { Arm(); router.Dispatch(_onOrderEvent); Disarm(nameof(Strategy.OnOrderEvent)); }
        catch (Exception e) when (e is not StrategyRuntimeException) { Fail(nameof(Strategy.OnOrderEvent), e); }
        // Events the failed delivery left queued, and the policy's own cancel events, are not delivered.
        if (_supervisor.IsStopped) router.DropPendingEvents();
    }

    public void RunScheduled(Scheduler scheduler, DateTime time)
    {
        if (_supervisor.IsStopped) return;
        try { Arm(); scheduler.OnTimeStep(time); Disarm(Scheduled); }
        catch (Exception e) when (e is not StrategyRuntimeException) { Fail(Scheduled, e); }
    }

    public void End()
    {
        if (_supervisor.IsStopped) return;
        try { Arm(); _strategy.OnEnd(); Disarm(nameof(Strategy.OnEnd)); }
        catch (Exception e) when (e is not StrategyRuntimeException) { Fail(nameof(Strategy.OnEnd), e); }
    }

    private void Arm() => _budget?.Arm();

    /// <summary>A breach the script swallowed on its way out (it cannot catch one, but a finally can throw over it) still fails the callback.</summary>
    private void Disarm(string callback)
    {
        if (_budget?.Disarm() is { } breach) Fail(callback, breach);
    }

    private void Fail(string callback, Exception e)
    {
        if (_budget?.Disarm() is { } breach) e = breach;
        if (_replacing) throw new StrategyRuntimeException(_strategy.Name, callback, _runtime.UtcNow, e);
        _supervisor.OnFailure(callback, _runtime.UtcNow, e);
    }
}
