namespace OmniAlpha.Sdk.Orders;

/// <summary>Whether a fill added or removed liquidity.</summary>
public enum Liquidity
{
    /// <summary>Removed liquidity (market, stop and marketable orders).</summary>
    Taker,
    /// <summary>Added liquidity (resting limit orders filled at their price).</summary>
    Maker,
}
