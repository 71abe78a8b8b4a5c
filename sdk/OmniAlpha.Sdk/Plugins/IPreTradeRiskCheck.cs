using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Sdk.Plugins;

/// <summary>
/// A plugin of kind <see cref="PluginKinds.Risk"/> that vets every order before it reaches the brokerage. The host
/// fails closed: a check that throws rejects the order (with the plugin's id and error as the reason).
/// </summary>
public interface IPreTradeRiskCheck
{
    /// <summary>Accepts <paramref name="order"/> or rejects it with a reason, given the account as it stands.</summary>
    RiskDecision Check(Order order, IPortfolio portfolio);
}
