using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// A new version of the running strategy, posted to <see cref="StrategyHotSwap.Post"/> by the host (hot reload). The
/// engine swaps it in at its next time-step boundary, never inside a callback.
/// </summary>
/// <param name="Next">The new, not yet attached instance.</param>
/// <param name="FromVersion">Label of the version it replaces, for the log (e.g. a short source hash).</param>
/// <param name="ToVersion">Label of the new version, for the log.</param>
public sealed record StrategyReplacement(Strategy Next, string FromVersion, string ToVersion)
{
    /// <summary>
    /// Carries state from the running instance (first argument) into <see cref="Next"/> (second) before <see cref="Next"/>
    /// starts, e.g. its <c>[Persist]</c> fields; throwing fails the replacement and the running version stays. Null: nothing is carried.
    /// </summary>
    public Action<Strategy, Strategy>? TransferState { get; init; }

    /// <summary>
    /// Told the outcome on the engine thread right after the swap or its failure (or when a newer replacement supersedes
    /// this one before it was applied). Keep it short; an exception from it is logged and ignored.
    /// </summary>
    public Action<StrategyReplacementOutcome>? Completed { get; init; }
}
