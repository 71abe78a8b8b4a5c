namespace OmniAlpha.Scripting;

/// <summary>
/// How far a strategy script is kept from the host. In-process C# is never a hard security boundary, so the levels
/// trade speed for containment; the same strategy file runs at every level with the same results.
/// </summary>
public enum IsolationLevel
{
    /// <summary>
    /// In-process, compiled without the sandbox rules and without injected budget checks: the fastest path, for
    /// strategies whose author is the operator. A runaway loop hangs the run; an exception still only stops the strategy.
    /// </summary>
    Trusted,

    /// <summary>
    /// The default: in-process, validated by the sandbox (no file system, network, reflection, threads, ...) and
    /// compiled with cooperative CPU-time, allocation and call-depth budget checks (<c>ScriptBudget</c>) that stop a
    /// runaway callback.
    /// </summary>
    Guarded,

    /// <summary>
    /// The strategy runs in a separate worker process that the host kills and restarts on a budget breach, a crash or
    /// a hang; the kernel's state stays in the host.
    /// </summary>
    Isolated,
}
