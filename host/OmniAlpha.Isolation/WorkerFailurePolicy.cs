namespace OmniAlpha.Isolation;

/// <summary>What the host does when an isolated strategy's worker fails (crash, hang, budget breach, protocol error).</summary>
public enum WorkerFailurePolicy
{
    /// <summary>Start a fresh worker and continue with a new <c>OnStart</c>, up to <see cref="IsolatedStrategyOptions.MaxRestarts"/> times; then stop.</summary>
    Restart,

    /// <summary>Report the strategy failed for that callback and run it no more.</summary>
    Stop,
}
