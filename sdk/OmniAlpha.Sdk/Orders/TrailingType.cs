namespace OmniAlpha.Sdk.Orders;

/// <summary>How a trailing stop's offset is expressed.</summary>
public enum TrailingType
{
    /// <summary>The offset is a price amount (e.g. 2.50).</summary>
    Amount,
    /// <summary>The offset is a fraction of the reference price (e.g. 0.05 for 5 %).</summary>
    Percent,
}
