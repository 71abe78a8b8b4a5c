using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// Hands the first strategy version from <see cref="BacktestEngine.Run"/> to its start-up exactly once, so no frame or
/// closure of the run keeps it (and its load context) alive after a hot reload replaced it.
/// </summary>
internal sealed class StrategyBox(Strategy strategy)
{
    private Strategy? _strategy = strategy;

    /// <summary>Returns the strategy and forgets it.</summary>
    public Strategy Take() => Interlocked.Exchange(ref _strategy, null) ?? throw new InvalidOperationException("The strategy was already taken.");
}
