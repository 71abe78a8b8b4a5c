using OmniAlpha.Sdk.Execution;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Plugins.Simulated;

/// <summary>No slippage: taker fills trade at the fill model's price. Spec: <c>none</c>.</summary>
public sealed class NoSlippageModel : ISlippageModel
{
    /// <summary>The shared instance (the model has no state).</summary>
    public static NoSlippageModel Instance { get; } = new();

    /// <inheritdoc />
    public decimal GetSlippage(Instrument instrument, OrderSide side, decimal price, decimal quantity, in Bar bar) => 0m;

    /// <inheritdoc />
    public override string ToString() => "none";
}
