using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Server.Views;

/// <summary>A fill of a strategy's order as the API shows it.</summary>
public sealed record FillView(
    string StrategyId,
    long FillId,
    long OrderId,
    string ClientOrderId,
    string Symbol,
    DateTime TimeUtc,
    OrderSide Side,
    decimal Quantity,
    decimal Price,
    decimal Commission,
    decimal Slippage,
    Liquidity Liquidity)
{
    /// <summary>The view of <paramref name="fill"/>.</summary>
    public static FillView From(string strategyId, Fill fill) => new(strategyId, fill.FillId, fill.OrderId, fill.ClientOrderId,
        fill.Symbol.ToString(), fill.Time, fill.Side, fill.Quantity, fill.Price, fill.Commission, fill.Slippage, fill.Liquidity);
}
