using OmniAlpha.Kernel.Engine;
using OmniAlpha.Kernel.Results;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Scripting;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Kernel.Tests.Budgets;

/// <summary>Compiles a script guarded (sandboxed, budget-injected) or trusted and runs it through the engine.</summary>
internal static class GuardedRun
{
    private static readonly StrategyCompiler Guarded = new();
    private static readonly StrategyCompiler Trusted = new(new StrategyCompilerOptions { Sandboxed = false });

    public static BacktestResult Run(string name, string source, IReadOnlyList<BarSeries> data, bool guarded = true,
        ScriptBudgetLimits? budgets = null, IReadOnlyDictionary<string, string>? parameters = null)
    {
        using var compiled = (guarded ? Guarded : Trusted).Compile($"strategies/{name}.cs", source);
        var options = new BacktestOptions
        {
            Parameters = parameters ?? new Dictionary<string, string>(),
            ScriptBudgets = budgets ?? ScriptBudgetLimits.Default,
        };
        return new BacktestEngine(options, new SimulatedExchange()).Run(compiled.CreateInstance(), data);
    }

    /// <summary>Runs a guarded script expected to breach a budget; returns the engine's error.</summary>
    public static StrategyRuntimeException Breach(string name, string source, ScriptBudgetLimits? budgets = null) =>
        Assert.Throws<StrategyRuntimeException>(() => Run(name, source, [TestBars.FromCloses(new("AAA"), 10m, 11m, 12m)], budgets: budgets));

    /// <summary>A strategy named <paramref name="name"/> whose OnBar body is <paramref name="onBar"/>, with extra members.</summary>
    public static string Script(string name, string onBar, string members = "") => $$"""
        public sealed class {{name}} : Strategy
        {
            public override void OnBar(in Bar bar)
            {
                {{onBar}}
            }
            {{members}}
        }
        """;
}
