using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Server.Tests.EndToEnd;

/// <summary>
/// Strategy factory port for the end-to-end specs: "BuyOnce.cs" is the precompiled <see cref="BuyOnce"/>; any other
/// script is refused the way the compiler refuses a broken one (file:line:col diagnostics).
/// </summary>
internal sealed class PrecompiledStrategyFactory : IStrategyFactory
{
    public Strategy Create(ScriptVersionRecord version) => version.FileName == "BuyOnce.cs"
        ? new BuyOnce()
        : throw new StrategyScriptException($"{version.FileName}(3,17): error CS1002: ; expected");

    public Action<Strategy, Strategy>? StateTransfer(ScriptVersionRecord version) => null;
}
