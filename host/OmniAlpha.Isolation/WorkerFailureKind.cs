namespace OmniAlpha.Isolation;

/// <summary>How a worker failed.</summary>
public enum WorkerFailureKind
{
    /// <summary>The process exited or closed its pipe in the middle of a callback.</summary>
    Crash,

    /// <summary>A callback did not finish within <see cref="IsolatedStrategyOptions.CallbackTimeout"/>; the host killed the process.</summary>
    Hang,

    /// <summary>The script exceeded a budget (time, allocation, call depth) inside the worker.</summary>
    BudgetBreach,

    /// <summary>The worker sent a malformed or unexpected frame; the host killed the process.</summary>
    ProtocolError,
}
