using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Live;

/// <summary>
/// Turns a stored script version into a strategy instance (the host compiles C# through the compile cache and builds
/// JavaScript strategies). The live engine calls it on deploy, upload, reload and recovery, always on the engine thread.
/// </summary>
public interface IStrategyFactory
{
    /// <summary>Compiles and validates <paramref name="version"/> and creates a fresh, unattached instance.</summary>
    /// <exception cref="StrategyScriptException">The script does not compile or fails validation (message names file:line:col).</exception>
    Strategy Create(ScriptVersionRecord version);

    /// <summary>
    /// Copies [Persist] state from <paramref name="from"/> to <paramref name="to"/> on a reload; null when the
    /// script language has no persisted state.
    /// </summary>
    Action<Strategy, Strategy>? StateTransfer(ScriptVersionRecord version);
}
