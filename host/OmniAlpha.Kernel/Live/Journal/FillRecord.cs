using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Live.Journal;

/// <summary>One fill of a strategy's order.</summary>
public sealed record FillRecord(string StrategyId, Fill Fill);
