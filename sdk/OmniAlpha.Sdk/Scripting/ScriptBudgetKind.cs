namespace OmniAlpha.Sdk.Scripting;

/// <summary>The budgets a guarded script runs under; each breach names one.</summary>
public enum ScriptBudgetKind
{
    /// <summary>Elapsed time of one callback.</summary>
    CallbackCpu,

    /// <summary>Elapsed time of all callbacks of a run, together.</summary>
    TotalCpu,

    /// <summary>Bytes allocated on the engine thread during one callback.</summary>
    CallbackAllocation,

    /// <summary>Nesting of the script's recursive methods, lambdas and accessors, or a nearly exhausted stack (nested iterators).</summary>
    CallDepth,
}
