using OmniAlpha.Sdk.Execution;

namespace OmniAlpha.Plugins.Simulated;

/// <summary>How a <see cref="SimulatedExchange"/> fills orders: price logic, costs and liquidity limits.</summary>
public sealed record SimulatedExchangeOptions
{
    /// <summary>Decides whether and at what price an order trades on a bar. Default: <see cref="BarFillModel"/>.</summary>
    public IFillModel FillModel { get; init; } = new BarFillModel();

    /// <summary>Commission charged per fill. Default: none.</summary>
    public IFeeModel FeeModel { get; init; } = NoFeeModel.Instance;

    /// <summary>Per-unit slippage of taker fills. Default: none.</summary>
    public ISlippageModel SlippageModel { get; init; } = NoSlippageModel.Instance;

    /// <summary>
    /// Largest fraction of a bar's volume that may fill on that bar, summed over all orders of its symbol
    /// (e.g. 0.1 for 10 %), in (0, 1]; null for no cap. What does not fit keeps working on later bars.
    /// </summary>
    public decimal? MaxVolumeParticipation { get; init; }
}
