using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.PluginHost.Resilience;

/// <summary>
/// A <see cref="GuardedBrokerage"/> for a simulated venue. <see cref="OnBar"/> runs once per bar, so it is not retried
/// (a simulation is deterministic: repeating a failed step would not help): an exception is wrapped in a
/// <see cref="PluginCallException"/> naming the plugin and the bar, at the cost of one try block.
/// </summary>
public sealed class GuardedSimulatedBrokerage(ISimulatedBrokerage inner, string pluginId, PluginCallGuard guard)
    : GuardedBrokerage(inner, pluginId, guard), ISimulatedBrokerage
{
    /// <inheritdoc />
    public int WorkingOrderCount => inner.WorkingOrderCount;

    /// <inheritdoc />
    public void AddInstrument(Instrument instrument) => Guard.Execute(PluginId, "AddInstrument", () => inner.AddInstrument(instrument));

    /// <inheritdoc />
    public void SetFillGuard(IFillGuard fillGuard) => Guard.Execute(PluginId, "SetFillGuard", () => inner.SetFillGuard(fillGuard));

    /// <inheritdoc />
    public void OnBar(in Bar bar)
    {
        try
        {
            inner.OnBar(in bar);
        }
        catch (Exception e) when (e is not PluginCallException)
        {
            throw new PluginCallException(PluginId, "OnBar", $"plugin {PluginId}: OnBar {bar.Symbol} {bar.EndTime:O} threw {e.GetType().Name}: {e.Message}", e);
        }
    }
}
