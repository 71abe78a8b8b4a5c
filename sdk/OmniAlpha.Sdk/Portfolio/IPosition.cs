using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Sdk.Portfolio;

/// <summary>
/// A holding in one instrument, kept exact with FIFO lots: realized P&amp;L is computed lot by lot, so every
/// money figure is an exact decimal. <see cref="AverageCost"/> is derived for display.
/// </summary>
public interface IPosition
{
    /// <summary>Instrument.</summary>
    Symbol Symbol { get; }

    /// <summary>Signed quantity: positive long, negative short, zero flat.</summary>
    decimal Quantity { get; }

    /// <summary>Sum of open lots' quantity x entry price (signed like the quantity).</summary>
    decimal CostBasis { get; }

    /// <summary>Average entry price of the open quantity (0 when flat).</summary>
    decimal AverageCost { get; }

    /// <summary>Last price the position was marked at.</summary>
    decimal LastPrice { get; }

    /// <summary>Quantity x last price x multiplier (negative for shorts).</summary>
    decimal MarketValue { get; }

    /// <summary>Profit of the open quantity at the last price.</summary>
    decimal UnrealizedPnl { get; }

    /// <summary>Profit locked in by closing fills, before commissions.</summary>
    decimal RealizedPnl { get; }

    /// <summary>Commission paid on this instrument.</summary>
    decimal Commission { get; }

    /// <summary>True when the quantity is zero.</summary>
    bool IsFlat { get; }

    /// <summary>True when the quantity is positive.</summary>
    bool IsLong { get; }

    /// <summary>True when the quantity is negative.</summary>
    bool IsShort { get; }
}
