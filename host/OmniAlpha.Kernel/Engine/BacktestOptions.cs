using Microsoft.Extensions.Logging;
using OmniAlpha.Sdk.Portfolio;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Kernel.Engine;

/// <summary>Settings of one backtest run.</summary>
public sealed record BacktestOptions
{
    /// <summary>The account (default: 100,000 USD cash account).</summary>
    public AccountSettings Account { get; init; } = new(100_000m);

    /// <summary>Strategy parameters as text (<c>--param name=value</c>); the strategy parses them with <c>Param&lt;T&gt;</c>.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Logger for the strategy and the engine (null: no logging).</summary>
    public ILogger? Logger { get; init; }

    /// <summary>
    /// CPU, allocation and call-depth budgets of guarded scripts (default <see cref="ScriptBudgetLimits.Default"/>);
    /// null disables them. Only strategies compiled with injected checks are limited; precompiled and trusted ones never are.
    /// </summary>
    public ScriptBudgetLimits? ScriptBudgets { get; init; } = ScriptBudgetLimits.Default;

    /// <summary>
    /// Lets the host replace the running strategy with a new version between time steps (hot reload); null (the
    /// default) for a run that is never reloaded. See <see cref="StrategyHotSwap"/>.
    /// </summary>
    public StrategyHotSwap? HotSwap { get; init; }

    /// <summary>
    /// What happens when a strategy callback throws or a guarded script exceeds a budget (default
    /// <see cref="StrategyFailurePolicy.Cancel"/>: the strategy is stopped, its working orders canceled, and the run
    /// completes; the result's <see cref="Results.BacktestResult.Failure"/> says when and why).
    /// <see cref="StrategyFailurePolicy.Throw"/> ends the run with a <see cref="StrategyRuntimeException"/> instead.
    /// </summary>
    public StrategyFailurePolicy OnStrategyFailure { get; init; } = StrategyFailurePolicy.Cancel;

    /// <summary>Optional progress sink, told the fraction of bars processed (reported every 65,536 bars).</summary>
    public IProgress<double>? Progress { get; init; }

    /// <summary>
    /// Pre-trade risk checks consulted, in order, for every new order after the kernel's own validation and before the
    /// order reaches the brokerage (default none). The first rejection rejects the order with
    /// <see cref="Sdk.Orders.RejectReason.RiskLimit"/> and the text <c>risk check &lt;id&gt;: &lt;reason&gt;</c>.
    /// The host passes guarded wrappers that fail closed; a check that throws here ends the run.
    /// </summary>
    public IReadOnlyList<RiskCheckBinding> RiskChecks { get; init; } = [];
}
