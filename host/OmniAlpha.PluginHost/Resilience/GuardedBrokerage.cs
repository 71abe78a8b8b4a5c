using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.PluginHost.Resilience;

/// <summary>
/// The brokerage the engine holds for a broker plugin: order calls go through the <see cref="PluginCallGuard"/> (retry
/// with backoff, circuit breaker). A brokerage session stays bound to the plugin version that created it (its working
/// orders live there); a reloaded broker plugin serves the next session.
/// </summary>
public class GuardedBrokerage(IBrokerage inner, string pluginId, PluginCallGuard guard) : IBrokerage
{
    /// <summary>The plugin's brokerage.</summary>
    protected IBrokerage Inner { get; } = inner;

    /// <summary>The plugin that created it.</summary>
    public string PluginId { get; } = pluginId;

    /// <summary>The guard order calls go through.</summary>
    protected PluginCallGuard Guard { get; } = guard;

    /// <inheritdoc />
    public string Name => Inner.Name;

    /// <inheritdoc />
    public void Connect(IBrokerageListener listener) => Guard.Execute(PluginId, "Connect", () => Inner.Connect(listener));

    /// <inheritdoc />
    public void Submit(Order order) => Guard.Execute(PluginId, $"Submit order {order.OrderId}", () => Inner.Submit(order));

    /// <inheritdoc />
    public void Cancel(Order order) => Guard.Execute(PluginId, $"Cancel order {order.OrderId}", () => Inner.Cancel(order));

    /// <inheritdoc />
    public void Amend(Order order, OrderAmendment amendment) =>
        Guard.Execute(PluginId, $"Amend order {order.OrderId}", () => Inner.Amend(order, amendment));
}
