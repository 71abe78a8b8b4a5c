namespace OmniAlpha.Kernel.Live;

/// <summary>An open position.</summary>
public sealed record PositionView(string Symbol, decimal Quantity, decimal AverageCost, decimal LastPrice, decimal MarketValue,
    decimal RealizedPnl, decimal UnrealizedPnl);
