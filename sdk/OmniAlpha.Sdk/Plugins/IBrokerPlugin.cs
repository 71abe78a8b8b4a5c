using OmniAlpha.Sdk.Brokerage;

namespace OmniAlpha.Sdk.Plugins;

/// <summary>A plugin of kind <see cref="PluginKinds.Broker"/>: creates the brokerage (execution venue and account) connection.</summary>
public interface IBrokerPlugin
{
    /// <summary>
    /// Creates a brokerage for one run or session. For a backtest the host asks for an <see cref="ISimulatedBrokerage"/>
    /// (<see cref="BrokerageRequest.Simulated"/>); a plugin that cannot provide what is asked throws <see cref="NotSupportedException"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A setting is invalid (the message names it).</exception>
    /// <exception cref="FormatException">A setting cannot be parsed (the message names it).</exception>
    IBrokerage CreateBrokerage(BrokerageRequest request);
}
