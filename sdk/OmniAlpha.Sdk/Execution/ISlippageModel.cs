using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Sdk.Execution;

/// <summary>
/// Estimates the adverse price move a taker fill suffers. Returns a per-unit amount (&gt;= 0) that the exchange
/// adds to a buy price or subtracts from a sell price. Resting limit (maker) fills get no slippage.
/// </summary>
public interface ISlippageModel
{
    /// <summary>Per-unit slippage for trading <paramref name="quantity"/> at <paramref name="price"/> on <paramref name="bar"/>.</summary>
    decimal GetSlippage(Instrument instrument, OrderSide side, decimal price, decimal quantity, in Bar bar);
}
