using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Live.Journal;

/// <summary>One order event with its position in the strategy's event sequence (1, 2, 3...).</summary>
public sealed record OrderEventRecord(string StrategyId, long Sequence, OrderEvent Event);
