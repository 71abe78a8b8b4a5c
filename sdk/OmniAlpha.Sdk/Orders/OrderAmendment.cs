namespace OmniAlpha.Sdk.Orders;

/// <summary>A change to a working order; null fields stay as they are.</summary>
/// <param name="Quantity">New total quantity (must be above the filled quantity).</param>
/// <param name="LimitPrice">New limit price.</param>
/// <param name="StopPrice">New stop price.</param>
public sealed record OrderAmendment(decimal? Quantity = null, decimal? LimitPrice = null, decimal? StopPrice = null);
