using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>Creates the precompiled SmaCross sample for every script version.</summary>
internal sealed class PrecompiledStrategyFactory : IStrategyFactory
{
    public Strategy Create(ScriptVersionRecord version) => new SmaCross();
    public Action<Strategy, Strategy>? StateTransfer(ScriptVersionRecord version) => null;
}
