using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Sdk.Portfolio;

/// <summary>
/// The account as the strategy sees it. Invariant: <see cref="Equity"/> = <see cref="Cash"/> + the sum of the
/// positions' market values, exactly.
/// </summary>
public interface IPortfolio
{
    /// <summary>The account's settings.</summary>
    AccountSettings Account { get; }

    /// <summary>Cash balance (may be negative in a margin account: borrowed).</summary>
    decimal Cash { get; }

    /// <summary>Cash plus the market value of all positions.</summary>
    decimal Equity { get; }

    /// <summary>Sum of absolute position market values.</summary>
    decimal GrossExposure { get; }

    /// <summary>Sum of signed position market values.</summary>
    decimal NetExposure { get; }

    /// <summary>Value of new exposure the account could take on now, net of what open orders reserve.</summary>
    decimal BuyingPower { get; }

    /// <summary>Realized profit across all positions, before commissions.</summary>
    decimal RealizedPnl { get; }

    /// <summary>Unrealized profit across all positions.</summary>
    decimal UnrealizedPnl { get; }

    /// <summary>Commission paid so far.</summary>
    decimal TotalCommission { get; }

    /// <summary>Slippage suffered so far (already inside fill prices; reported for analysis).</summary>
    decimal TotalSlippage { get; }

    /// <summary>The position in <paramref name="symbol"/> (flat if never traded).</summary>
    IPosition GetPosition(Symbol symbol);

    /// <summary>Every position of the run's symbols, in the run's symbol order.</summary>
    IReadOnlyList<IPosition> Positions { get; }
}
