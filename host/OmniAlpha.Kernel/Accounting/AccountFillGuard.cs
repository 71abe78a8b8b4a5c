using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;
using static System.FormattableString;

namespace OmniAlpha.Kernel.Accounting;

/// <summary>
/// Fill-time affordability: prices can gap between the decision and the fill, so the simulated venue asks
/// before every fill. A cash account never goes below zero cash nor short; a margin account never exceeds
/// its leverage limit. Fills that reduce exposure always pass.
/// </summary>
internal sealed class AccountFillGuard(PortfolioLedger portfolio) : IFillGuard
{
    public string? CheckFill(Order order, decimal quantity, decimal price, decimal commission)
    {
        var position = portfolio.Ledger(order.Symbol);
        decimal signed = order.Side == OrderSide.Buy ? quantity : -quantity;
        decimal after = position.Quantity + signed;
        var account = portfolio.Account;
        decimal multiplier = position.Instrument.Multiplier;

        if (account.Type == AccountType.Cash)
        {
            if (after < 0m)
                return Invariant($"a cash account cannot sell short: selling {quantity} of a {position.Quantity} position");
            if (order.Side == OrderSide.Buy)
            {
                decimal cost = quantity * price * multiplier + commission;
                if (cost > portfolio.Cash)
                    return Invariant($"insufficient cash at fill: cost {cost} (incl. commission {commission}) exceeds cash {portfolio.Cash}");
            }
            return null;
        }

        decimal increase = Math.Abs(after) - Math.Abs(position.Quantity);
        if (increase <= 0m) return null;
        decimal grossAfter = portfolio.GrossExposure + increase * price * multiplier;
        decimal limit = (portfolio.Equity - commission) * account.Leverage;
        return grossAfter > limit
            ? Invariant($"fill would raise gross exposure to {grossAfter}, above the leverage limit {limit} ({account.Leverage}x equity)")
            : null;
    }
}
