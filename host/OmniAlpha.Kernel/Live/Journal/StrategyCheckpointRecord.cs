namespace OmniAlpha.Kernel.Live.Journal;

/// <summary>A strategy's account marks and persisted state at a batch's data time.</summary>
/// <param name="StrategyId">The strategy.</param>
/// <param name="DataTimeUtc">Engine time of the marks.</param>
/// <param name="Cash">Cash.</param>
/// <param name="Equity">Cash plus positions at the last prices.</param>
/// <param name="PersistedState">[Persist] field state (MessagePack), or null when the strategy has none.</param>
public sealed record StrategyCheckpointRecord(string StrategyId, DateTime DataTimeUtc, decimal Cash, decimal Equity, byte[]? PersistedState);
