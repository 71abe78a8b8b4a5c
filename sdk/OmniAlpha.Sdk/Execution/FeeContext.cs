using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Sdk.Execution;

/// <summary>What a fee model knows about a fill.</summary>
/// <param name="Order">The order (before this fill is applied).</param>
/// <param name="Instrument">Instrument traded.</param>
/// <param name="Quantity">Quantity of this fill.</param>
/// <param name="Price">Price of this fill, slippage included.</param>
/// <param name="IsFirstFill">True for the order's first fill (per-order fees are charged once).</param>
public readonly record struct FeeContext(Order Order, Instrument Instrument, decimal Quantity, decimal Price, bool IsFirstFill);
