using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Live.Journal;

/// <summary>The latest snapshot of one order.</summary>
public sealed record OrderRecord(string StrategyId, Order Order);
