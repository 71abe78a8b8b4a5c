namespace OmniAlpha.Kernel.Live.Journal;

/// <summary>A lifecycle command as it took effect, so a recovery replays it at the same point.</summary>
/// <param name="StrategyId">The strategy, or null for the whole host.</param>
/// <param name="DataTimeUtc">Engine time of the time-step boundary where it took effect (before that step's bars).</param>
/// <param name="Action">What happened.</param>
/// <param name="Argument">Action-specific text: script version for Deploy/Reload, state name for SetTradingState, "flatten" for Kill.</param>
/// <param name="Actor">Who asked (API key name, "engine", "recovery").</param>
/// <param name="WallTimeUtc">Wall-clock time it was applied.</param>
public sealed record LifecycleRecord(string? StrategyId, DateTime DataTimeUtc, LifecycleAction Action, string? Argument, string Actor, DateTime WallTimeUtc);
