using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Sdk.Plugins;

/// <summary>
/// A plugin of kind <see cref="PluginKinds.Analytics"/>: consumes the run's order events and equity curve and produces
/// metrics or a report at the end. Calls come from the engine thread in time order; an exception is logged and contained.
/// </summary>
public interface IAnalyticsPlugin
{
    /// <summary>An order changed state (submitted, accepted, filled, canceled, ...).</summary>
    void OnOrderEvent(OrderEvent orderEvent);

    /// <summary>The account was marked to market at <paramref name="timeUtc"/>.</summary>
    void OnEquity(DateTime timeUtc, decimal cash, decimal equity);

    /// <summary>The metrics or report for everything seen so far.</summary>
    AnalyticsReport CreateReport();
}
