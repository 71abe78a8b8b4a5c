namespace OmniAlpha.Kernel.Engine;

/// <summary>What became of a <see cref="StrategyReplacement"/>.</summary>
/// <param name="Replacement">The replacement.</param>
/// <param name="Status">Applied, failed or superseded.</param>
/// <param name="AtUtc">Engine time of the boundary where it was handled (the last completed time step).</param>
/// <param name="Error">Why it failed (state transfer, or the new version's <c>OnStart</c>); null otherwise.</param>
public sealed record StrategyReplacementOutcome(StrategyReplacement Replacement, StrategyReplacementStatus Status, DateTime AtUtc, Exception? Error)
{
    /// <summary>True when the new version is now the running one.</summary>
    public bool Succeeded => Status == StrategyReplacementStatus.Applied;
}
