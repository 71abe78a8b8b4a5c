using OmniAlpha.Kernel.Engine;
using OmniAlpha.Scripting;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Host.Backtesting;

/// <summary>How a backtest treats its strategy: isolation level, budgets of a guarded script, and what a failure does.</summary>
internal sealed record ScriptSettings
{
    /// <summary>
    /// The level a <c>.cs</c> script is compiled and run at (default guarded). Precompiled strategies (a <c>.dll</c> or
    /// a built-in sample) are the operator's code and always run trusted in-process.
    /// </summary>
    public IsolationLevel Isolation { get; init; } = IsolationLevel.Guarded;

    /// <summary>Budgets of a guarded script (ignored at the trusted level, which has no checks).</summary>
    public ScriptBudgetLimits Budgets { get; init; } = ScriptBudgetLimits.Default;

    /// <summary>What happens to the strategy's orders and positions when it fails (default: cancel its working orders).</summary>
    public StrategyFailurePolicy OnFailure { get; init; } = StrategyFailurePolicy.Cancel;
}
