using System.Reflection;
using OmniAlpha.Kernel.Orders;
using OmniAlpha.Kernel.Scheduling;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Scripting;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// Calls into the strategy and turns any exception into a <see cref="StrategyRuntimeException"/> naming the
/// strategy, the callback and the engine time. try/catch costs nothing on .NET's non-throwing path.
/// For a guarded script (its assembly carries injected budget checks) each callback runs under armed
/// <see cref="ScriptBudget"/> limits; a breach is reported as the failure even if a script <c>finally</c> threw over it.
/// </summary>
internal sealed class StrategyInvoker
{
    private readonly Strategy _strategy;
    private readonly StrategyRuntime _runtime;
    private readonly ScriptBudgetLimits? _budgets;
    private readonly Action<OmniAlpha.Sdk.Orders.OrderEvent> _onOrderEvent;

    public StrategyInvoker(Strategy strategy, StrategyRuntime runtime, ScriptBudgetLimits? budgets)
    {
        _strategy = strategy;
        _runtime = runtime;
        _onOrderEvent = strategy.OnOrderEvent;
        // Precompiled and trusted strategies have no injected checks: arming would only cost time.
        _budgets = budgets is not null && strategy.GetType().Assembly.IsDefined(typeof(BudgetedScriptAttribute)) ? budgets : null;
        if (_budgets is not null) ScriptBudget.ResetTotal();
    }

    public void Start()
    {
        try { Arm(); _strategy.OnStart(); Disarm(nameof(Strategy.OnStart)); }
        catch (Exception e) when (e is not StrategyRuntimeException) { throw Fail(nameof(Strategy.OnStart), e); }
    }

    public void OnBar(in Bar bar)
    {
        try { Arm(); _strategy.OnBar(in bar); Disarm(nameof(Strategy.OnBar)); }
        catch (Exception e) when (e is not StrategyRuntimeException) { throw Fail(nameof(Strategy.OnBar), e); }
    }

    public void Deliver(OrderRouter router)
    {
        try { Arm(); router.Dispatch(_onOrderEvent); Disarm(nameof(Strategy.OnOrderEvent)); }
        catch (Exception e) when (e is not StrategyRuntimeException) { throw Fail(nameof(Strategy.OnOrderEvent), e); }
    }

    public void RunScheduled(Scheduler scheduler, DateTime time)
    {
        try { Arm(); scheduler.OnTimeStep(time); Disarm("scheduled callback"); }
        catch (Exception e) when (e is not StrategyRuntimeException) { throw Fail("scheduled callback", e); }
    }

    public void End()
    {
        try { Arm(); _strategy.OnEnd(); Disarm(nameof(Strategy.OnEnd)); }
        catch (Exception e) when (e is not StrategyRuntimeException) { throw Fail(nameof(Strategy.OnEnd), e); }
    }

    private void Arm()
    {
        if (_budgets is not null) ScriptBudget.Arm(_budgets);
    }

    /// <summary>A breach the script swallowed on its way out (it cannot catch one, but a finally can throw over it) still fails the callback.</summary>
    private void Disarm(string callback)
    {
        if (_budgets is not null && ScriptBudget.Disarm() is { } breach) throw Fail(callback, breach);
    }

    private StrategyRuntimeException Fail(string callback, Exception e)
    {
        if (_budgets is not null && ScriptBudget.Disarm() is { } breach) e = breach;
        return new(_strategy.Name, callback, _runtime.UtcNow, e);
    }
}
