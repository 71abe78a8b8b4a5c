namespace OmniAlpha.Kernel.Live.Journal;

/// <summary>A position as it stands after a batch.</summary>
public sealed record PositionRecord(string StrategyId, string Symbol, decimal Quantity, decimal AverageCost, decimal RealizedPnl, DateTime TimeUtc);
