using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Isolation;

/// <summary>How an isolated strategy's worker is run and supervised.</summary>
public sealed record IsolatedStrategyOptions
{
    /// <summary>The defaults: guarded inside the worker, default budgets, 10 s callback deadline, up to 3 restarts.</summary>
    public static IsolatedStrategyOptions Default { get; } = new();

    /// <summary>Compile the script sandboxed with injected budget checks inside the worker (the guarded level's rules). Default true.</summary>
    public bool Sandboxed { get; init; } = true;

    /// <summary>Budgets armed around each callback inside the worker (sandboxed scripts only); null turns them off.</summary>
    public ScriptBudgetLimits? Budgets { get; init; } = ScriptBudgetLimits.Default;

    /// <summary>
    /// A callback (including the kernel calls it makes) that has not finished after this long is a hang: the host kills
    /// the worker. Default 10 s: far above the 100 ms callback budget, which catches runaway script code first.
    /// </summary>
    public TimeSpan CallbackTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Deadline of the handshake (process start and the script's compile; a cold Roslyn compile takes about 2 s). Default 60 s.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>What to do when the worker fails. Default <see cref="WorkerFailurePolicy.Restart"/>.</summary>
    public WorkerFailurePolicy FailurePolicy { get; init; } = WorkerFailurePolicy.Restart;

    /// <summary>Restarts allowed per run before the strategy is stopped. Default 3.</summary>
    public int MaxRestarts { get; init; } = 3;

    /// <summary>Path of <c>omnialpha-worker.dll</c> (or its executable); null looks beside the host's assemblies.</summary>
    public string? WorkerPath { get; init; }

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(CallbackTimeout, TimeSpan.Zero, nameof(CallbackTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(StartTimeout, TimeSpan.Zero, nameof(StartTimeout));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRestarts, nameof(MaxRestarts));
        Budgets?.Validate();
    }
}
