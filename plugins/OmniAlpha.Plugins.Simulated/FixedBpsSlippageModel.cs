using System.Globalization;
using OmniAlpha.Sdk.Execution;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Plugins.Simulated;

/// <summary>
/// A constant slippage in basis points of the price: per-unit slippage = <c>price x bps / 10,000</c>.
/// Spec: <c>bps:&lt;basis points&gt;</c>.
/// </summary>
public sealed class FixedBpsSlippageModel : ISlippageModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="basisPoints">Slippage in basis points (&gt;= 0); 5 means 0.05 %.</param>
    public FixedBpsSlippageModel(decimal basisPoints)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(basisPoints);
        BasisPoints = basisPoints;
    }

    /// <summary>Slippage in basis points of the price.</summary>
    public decimal BasisPoints { get; }

    /// <inheritdoc />
    public decimal GetSlippage(Instrument instrument, OrderSide side, decimal price, decimal quantity, in Bar bar) =>
        price * BasisPoints / 10_000m;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"bps:{BasisPoints}");
}
