using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Live.Journal;

/// <summary>
/// An amendment the engine asked a venue for (new quantity or prices of a working order), journaled before it is sent
/// (write-ahead); the order's snapshot changes only when the venue confirms it.
/// </summary>
public sealed record OrderAmendmentRecord(string StrategyId, string ClientOrderId, DateTime DataTimeUtc, OrderAmendment Amendment);
