using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Sdk.Orders;

/// <summary>An execution: part or all of an order traded at one price.</summary>
/// <param name="FillId">Sequence number of the fill within the run.</param>
/// <param name="OrderId">Order that filled.</param>
/// <param name="ClientOrderId">Client id of that order.</param>
/// <param name="Symbol">Instrument.</param>
/// <param name="Time">Engine time of the fill (the end time of the bar it filled on), UTC.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Quantity">Filled quantity (positive).</param>
/// <param name="Price">Execution price, slippage included.</param>
/// <param name="Commission">Commission charged for this fill.</param>
/// <param name="Slippage">Total slippage cost of this fill in quote currency (per-unit slippage x quantity), always &gt;= 0.</param>
/// <param name="Liquidity">Maker or taker.</param>
public sealed record Fill(
    long FillId,
    long OrderId,
    string ClientOrderId,
    Symbol Symbol,
    DateTime Time,
    OrderSide Side,
    decimal Quantity,
    decimal Price,
    decimal Commission,
    decimal Slippage,
    Liquidity Liquidity)
{
    /// <summary>Signed quantity: positive for buys, negative for sells.</summary>
    public decimal SignedQuantity => Side == OrderSide.Buy ? Quantity : -Quantity;

    /// <summary>Traded value, price x quantity (before the contract multiplier).</summary>
    public decimal Value => Price * Quantity;
}
