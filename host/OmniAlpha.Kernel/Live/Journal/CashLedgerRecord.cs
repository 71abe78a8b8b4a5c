namespace OmniAlpha.Kernel.Live.Journal;

/// <summary>A cash movement: <paramref name="Amount"/> is signed (negative for a buy or a commission).</summary>
public sealed record CashLedgerRecord(string StrategyId, long Sequence, DateTime TimeUtc, decimal Amount, decimal Balance, string Reason, long? FillId);
