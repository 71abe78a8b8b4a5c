using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Sdk.Plugins;

/// <summary>
/// A plugin of kind <see cref="PluginKinds.Risk"/> that watches the account after each fill (drawdown, exposure, loss
/// limits) and can ask the host to halt trading. An exception it throws is logged and contained.
/// </summary>
public interface IPostTradeRiskMonitor
{
    /// <summary>Called after <paramref name="fill"/> has been applied to <paramref name="portfolio"/>.</summary>
    /// <returns><see cref="RiskDecision.Accept"/> to carry on; a rejection asks the host to halt new orders, with the reason.</returns>
    RiskDecision OnFill(Fill fill, IPortfolio portfolio);
}
