namespace OmniAlpha.Kernel.Engine;

/// <summary>The result of posting a <see cref="StrategyReplacement"/>.</summary>
public enum StrategyReplacementStatus
{
    /// <summary>The new version runs; the old one is detached and can be unloaded.</summary>
    Applied,

    /// <summary>Carrying the state over or the new version's <c>OnStart</c> failed; the old version keeps running.</summary>
    Failed,

    /// <summary>A newer replacement was posted before this one reached a time-step boundary; it was never started.</summary>
    Superseded,
}
