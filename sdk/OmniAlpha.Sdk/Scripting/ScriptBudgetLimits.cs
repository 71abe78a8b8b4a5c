namespace OmniAlpha.Sdk.Scripting;

/// <summary>
/// The limits a guarded (sandboxed, budget-injected) script runs under. The engine arms them before each callback;
/// precompiled and trusted strategies have no injected checks and are never limited.
/// </summary>
public sealed record ScriptBudgetLimits
{
    /// <summary>The defaults: 100 ms and 64 MB per callback, depth 1,000, no total time limit.</summary>
    public static ScriptBudgetLimits Default { get; } = new();

    /// <summary>Longest one callback may run (wall-clock time on the engine thread; default 100 ms).</summary>
    public TimeSpan CallbackTime { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Longest all callbacks of a run may take together; null (the default) for no limit.</summary>
    public TimeSpan? TotalTime { get; init; }

    /// <summary>Most bytes one callback may allocate (default 64 MB).</summary>
    public long CallbackAllocatedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Deepest nesting of the script's methods, lambdas and accessors that can take part in a recursion (default 1,000);
    /// bodies that cannot recurse are not counted. Guarded runs execute on a thread whose stack holds this depth with room
    /// to unwind.
    /// </summary>
    public int MaxCallDepth { get; init; } = 1_000;

    /// <summary>Throws if a limit is not positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(CallbackTime, TimeSpan.Zero, nameof(CallbackTime));
        if (TotalTime is { } total) ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(total, TimeSpan.Zero, nameof(TotalTime));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(CallbackAllocatedBytes, nameof(CallbackAllocatedBytes));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxCallDepth, nameof(MaxCallDepth));
    }
}
