using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Sdk.Brokerage;

/// <summary>
/// Lets a simulated venue ask the account whether a fill can be afforded at the price it would trade at
/// (prices can gap between submission and fill). A real broker does this check itself.
/// </summary>
public interface IFillGuard
{
    /// <summary>Returns null when the fill may happen, otherwise why not.</summary>
    string? CheckFill(Order order, decimal quantity, decimal price, decimal commission);
}
