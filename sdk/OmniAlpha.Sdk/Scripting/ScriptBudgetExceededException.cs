namespace OmniAlpha.Sdk.Scripting;

/// <summary>A guarded script exceeded one of its <see cref="ScriptBudgetLimits"/>; scripts cannot catch it.</summary>
public sealed class ScriptBudgetExceededException : Exception
{
    /// <summary>Creates the exception; <paramref name="limit"/> and <paramref name="used"/> are display text with units.</summary>
    public ScriptBudgetExceededException(ScriptBudgetKind budget, string limit, string used)
        : base($"{Describe(budget)} exceeded: used {used}, limit {limit}")
    {
        Budget = budget;
        Limit = limit;
        Used = used;
    }

    /// <summary>The budget that was exceeded.</summary>
    public ScriptBudgetKind Budget { get; }

    /// <summary>The limit, with its unit (e.g. <c>100 ms</c>).</summary>
    public string Limit { get; }

    /// <summary>What the script used when it was stopped, with its unit.</summary>
    public string Used { get; }

    private static string Describe(ScriptBudgetKind budget) => budget switch
    {
        ScriptBudgetKind.CallbackCpu => "CPU time budget per callback",
        ScriptBudgetKind.TotalCpu => "total CPU time budget of the run",
        ScriptBudgetKind.CallbackAllocation => "allocation budget per callback",
        ScriptBudgetKind.CallDepth => "call depth budget",
        _ => budget.ToString(),
    };
}
