using OmniAlpha.Indicators.Catalog;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Scripting.JavaScript;

/// <summary>How a <see cref="JavaScriptStrategy"/> runs: its budgets and the indicators <c>ta</c> offers.</summary>
public sealed record JavaScriptStrategyOptions
{
    /// <summary>The defaults: <see cref="ScriptBudgetLimits.Default"/> and the whole <see cref="IndicatorCatalog"/>.</summary>
    public static JavaScriptStrategyOptions Default { get; } = new();

    /// <summary>Time per callback and per run, bytes allocated per callback and call depth: the same limits the C# guarded level uses.</summary>
    public ScriptBudgetLimits Limits { get; init; } = ScriptBudgetLimits.Default;

    /// <summary>The indicator functions scripts can create through <c>ta</c> (default: every function of <see cref="IndicatorCatalog"/>).</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; init; } = IndicatorCatalog.All;
}
