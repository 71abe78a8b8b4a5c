using OmniAlpha.PluginHost.Loading;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.PluginHost.Resilience;

/// <summary>
/// An analytics plugin as the engine calls it: an exception from an event callback is logged and counted, never passed
/// to the engine (a report must not stop a run); <see cref="CreateReport"/> reports a failure as a <see cref="PluginCallException"/>.
/// </summary>
public sealed class GuardedAnalytics(PluginHandle<IAnalyticsPlugin> plugin, PluginCallGuard guard) : IAnalyticsPlugin
{
    private int _failures;

    /// <summary>Event callbacks that threw so far.</summary>
    public int Failures => _failures;

    /// <inheritdoc />
    public void OnOrderEvent(OrderEvent orderEvent)
    {
        if (!guard.Contain(plugin.PluginId, "OnOrderEvent", () => plugin.Current.OnOrderEvent(orderEvent))) Interlocked.Increment(ref _failures);
    }

    /// <inheritdoc />
    public void OnEquity(DateTime timeUtc, decimal cash, decimal equity)
    {
        if (!guard.Contain(plugin.PluginId, "OnEquity", () => plugin.Current.OnEquity(timeUtc, cash, equity))) Interlocked.Increment(ref _failures);
    }

    /// <inheritdoc />
    /// <exception cref="PluginCallException">The plugin threw or is not loaded.</exception>
    public AnalyticsReport CreateReport()
    {
        try
        {
            return plugin.Current.CreateReport();
        }
        catch (Exception e)
        {
            throw new PluginCallException(plugin.PluginId, "CreateReport", $"plugin {plugin.PluginId}: CreateReport threw {e.GetType().Name}: {e.Message}", e);
        }
    }
}
