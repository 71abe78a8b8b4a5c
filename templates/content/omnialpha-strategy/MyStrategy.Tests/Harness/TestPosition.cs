using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Portfolio;

namespace StrategyTests.Harness;

/// <summary>
/// A position kept by <see cref="TestPortfolio"/>: signed quantity at an average cost, marked at the last close.
/// Exact decimals, no commission (the harness charges none).
/// </summary>
public sealed class TestPosition(Symbol symbol) : IPosition
{
    /// <inheritdoc />
    public Symbol Symbol { get; } = symbol;

    /// <inheritdoc />
    public decimal Quantity { get; private set; }

    /// <inheritdoc />
    public decimal CostBasis { get; private set; }

    /// <inheritdoc />
    public decimal AverageCost => Quantity == 0m ? 0m : CostBasis / Quantity;

    /// <inheritdoc />
    public decimal LastPrice { get; private set; }

    /// <inheritdoc />
    public decimal MarketValue => Quantity * LastPrice;

    /// <inheritdoc />
    public decimal UnrealizedPnl => MarketValue - CostBasis;

    /// <inheritdoc />
    public decimal RealizedPnl { get; private set; }

    /// <inheritdoc />
    public decimal Commission => 0m;

    /// <inheritdoc />
    public bool IsFlat => Quantity == 0m;

    /// <inheritdoc />
    public bool IsLong => Quantity > 0m;

    /// <inheritdoc />
    public bool IsShort => Quantity < 0m;

    /// <summary>Marks the position at <paramref name="price"/>.</summary>
    public void Mark(decimal price) => LastPrice = price;

    /// <summary>Applies a fill of <paramref name="signedQuantity"/> at <paramref name="price"/>.</summary>
    public void Apply(decimal signedQuantity, decimal price)
    {
        bool reduces = Quantity != 0m && Math.Sign(signedQuantity) != Math.Sign(Quantity);
        if (!reduces)
        {
            CostBasis += signedQuantity * price;
            Quantity += signedQuantity;
        }
        else
        {
            decimal closed = Math.Min(Math.Abs(signedQuantity), Math.Abs(Quantity)) * Math.Sign(Quantity);
            decimal averageCost = AverageCost;
            RealizedPnl += closed * (price - averageCost);
            CostBasis -= closed * averageCost;
            Quantity -= closed;
            decimal opened = signedQuantity + closed;
            if (opened != 0m)
            {
                CostBasis = opened * price;
                Quantity = opened;
            }
        }
        LastPrice = price;
    }
}
