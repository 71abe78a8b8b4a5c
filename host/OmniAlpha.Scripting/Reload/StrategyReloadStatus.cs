namespace OmniAlpha.Scripting.Reload;

/// <summary>How a hot-reload attempt ended.</summary>
public enum StrategyReloadStatus
{
    /// <summary>The new version runs; the old one was unloaded.</summary>
    Applied,

    /// <summary>The new source does not compile or breaks a sandbox rule; the old version keeps running.</summary>
    CompileFailed,

    /// <summary>It compiled, but creating it, carrying its <c>[Persist]</c> state over or its <c>OnStart</c> failed; the old version keeps running.</summary>
    StartFailed,

    /// <summary>A newer edit arrived before this version reached the engine; it was never started.</summary>
    Superseded,
}
