using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Kernel.Results;

/// <summary>A position at the end of a run.</summary>
/// <param name="Symbol">Instrument.</param>
/// <param name="Quantity">Signed quantity.</param>
/// <param name="AverageCost">Average entry price of the open quantity.</param>
/// <param name="LastPrice">Mark price.</param>
/// <param name="MarketValue">Quantity x price x multiplier.</param>
/// <param name="RealizedPnl">Realized P&amp;L before commissions.</param>
/// <param name="UnrealizedPnl">Open P&amp;L at the mark.</param>
/// <param name="Commission">Commissions paid on the instrument.</param>
public sealed record PositionSnapshot(Symbol Symbol, decimal Quantity, decimal AverageCost, decimal LastPrice,
    decimal MarketValue, decimal RealizedPnl, decimal UnrealizedPnl, decimal Commission);
