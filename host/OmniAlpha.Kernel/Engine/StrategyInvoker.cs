using OmniAlpha.Kernel.Orders;
using OmniAlpha.Kernel.Scheduling;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// Calls into the strategy and turns any exception into a <see cref="StrategyRuntimeException"/> naming the
/// strategy, the callback and the engine time. try/catch costs nothing on .NET's non-throwing path.
/// </summary>
internal sealed class StrategyInvoker(Strategy strategy, StrategyRuntime runtime)
{
    private readonly Action<OmniAlpha.Sdk.Orders.OrderEvent> _onOrderEvent = strategy.OnOrderEvent;

    public void Start()
    {
        try { strategy.OnStart(); }
        catch (Exception e) { throw Fail(nameof(Strategy.OnStart), e); }
    }

    public void OnBar(in Bar bar)
    {
        try { strategy.OnBar(in bar); }
        catch (Exception e) { throw Fail(nameof(Strategy.OnBar), e); }
    }

    public void Deliver(OrderRouter router)
    {
        try { router.Dispatch(_onOrderEvent); }
        catch (Exception e) when (e is not StrategyRuntimeException) { throw Fail(nameof(Strategy.OnOrderEvent), e); }
    }

    public void RunScheduled(Scheduler scheduler, DateTime time)
    {
        try { scheduler.OnTimeStep(time); }
        catch (Exception e) { throw Fail("scheduled callback", e); }
    }

    public void End()
    {
        try { strategy.OnEnd(); }
        catch (Exception e) { throw Fail(nameof(Strategy.OnEnd), e); }
    }

    private StrategyRuntimeException Fail(string callback, Exception e) => new(strategy.Name, callback, runtime.UtcNow, e);
}
