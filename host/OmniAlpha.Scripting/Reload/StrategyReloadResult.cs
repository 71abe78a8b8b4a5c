namespace OmniAlpha.Scripting.Reload;

/// <summary>
/// The outcome of one hot-reload attempt, as reported by <see cref="StrategyHotReloader.Reloaded"/>. Holds text only
/// (no exception or object of the script), so keeping it does not keep a script version loaded.
/// </summary>
/// <param name="Path">The strategy's source file.</param>
/// <param name="Status">How it ended.</param>
/// <param name="FromVersion">Short source hash of the version that was running.</param>
/// <param name="ToVersion">Short source hash of the new version (null when its source could not be read).</param>
/// <param name="Diagnostics">Compiler and sandbox diagnostics, or the error of a failed start; empty when applied.</param>
/// <param name="Latency">From the detected change to the swap (compile and the wait for the next time-step boundary included).</param>
public sealed record StrategyReloadResult(
    string Path, StrategyReloadStatus Status, string FromVersion, string? ToVersion, IReadOnlyList<string> Diagnostics, TimeSpan Latency)
{
    /// <summary>True when the new version runs.</summary>
    public bool Succeeded => Status == StrategyReloadStatus.Applied;
}
