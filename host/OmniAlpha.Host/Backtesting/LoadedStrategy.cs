using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Host.Backtesting;

/// <summary>A strategy instance and, for a runtime-compiled script, the handle that unloads it.</summary>
internal sealed class LoadedStrategy(Strategy instance, IDisposable? unloader) : IDisposable
{
    public Strategy Instance { get; } = instance;

    public void Dispose() => unloader?.Dispose();
}
