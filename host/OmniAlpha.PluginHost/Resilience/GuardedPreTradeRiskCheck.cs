using Microsoft.Extensions.Logging;
using OmniAlpha.PluginHost.Loading;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Plugins;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.PluginHost.Resilience;

/// <summary>A risk plugin's pre-trade check as the engine calls it: it fails closed, so a check that throws (or a plugin that is gone) rejects the order with the reason.</summary>
public sealed class GuardedPreTradeRiskCheck(PluginHandle<IPreTradeRiskCheck> plugin, ILogger logger) : IPreTradeRiskCheck
{
    /// <inheritdoc />
    public RiskDecision Check(Order order, IPortfolio portfolio)
    {
        try
        {
            return plugin.Current.Check(order, portfolio);
        }
        catch (Exception e)
        {
            logger.LogError("risk plugin {Id} failed on order {OrderId}: {Type}: {Message}", plugin.PluginId, order.OrderId, e.GetType().Name, e.Message);
            return RiskDecision.Reject($"risk plugin {plugin.PluginId} failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
