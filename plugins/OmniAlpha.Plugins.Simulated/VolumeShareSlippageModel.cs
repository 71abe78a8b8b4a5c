using System.Globalization;
using OmniAlpha.Sdk.Execution;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Plugins.Simulated;

/// <summary>
/// Market impact that grows with the square of the order's share of the bar's volume, as LEAN's
/// <c>VolumeShareSlippageModel</c>: per-unit slippage = <c>price x priceImpact x min(quantity / volume, 1)^2</c>.
/// A bar without volume counts as a full share (ratio 1), the most pessimistic case.
/// Spec: <c>volume-share:&lt;price impact&gt;</c>.
/// </summary>
public sealed class VolumeShareSlippageModel : ISlippageModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="priceImpact">Fraction of the price lost when trading the whole bar volume (&gt;= 0), e.g. 0.1.</param>
    public VolumeShareSlippageModel(decimal priceImpact)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(priceImpact);
        PriceImpact = priceImpact;
    }

    /// <summary>Fraction of the price lost when trading the whole bar volume.</summary>
    public decimal PriceImpact { get; }

    /// <inheritdoc />
    public decimal GetSlippage(Instrument instrument, OrderSide side, decimal price, decimal quantity, in Bar bar)
    {
        decimal ratio = bar.Volume <= 0m ? 1m : Math.Min(quantity / bar.Volume, 1m);
        return price * PriceImpact * ratio * ratio;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"volume-share:{PriceImpact}");
}
