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
        ScriptBudgetLimits? budgets = null, IReadOnlyDictionary<string, string>? parameters = null,
        StrategyFailurePolicy onFailure = StrategyFailurePolicy.Cancel)
    {
        using var compiled = (guarded ? Guarded : Trusted).Compile($"strategies/{name}.cs", source);
        var options = new BacktestOptions
        {
            Parameters = parameters ?? new Dictionary<string, string>(),
            ScriptBudgets = budgets ?? ScriptBudgetLimits.Default,
            OnStrategyFailure = onFailure,
        };
        return new BacktestEngine(options, new SimulatedExchange()).Run(compiled.CreateInstance(), data);
    }

    /// <summary>Runs a guarded script expected to fail (on three bars); returns the failure that stopped it.</summary>
    public static StrategyFailure Breach(string name, string source, ScriptBudgetLimits? budgets = null)
    {
        var result = Run(name, source, [TestBars.FromCloses(new("AAA"), 10m, 11m, 12m)], budgets: budgets);
        Assert.True(result.Failure is not null, $"{name} was expected to be stopped but ran to the end");
        Assert.Equal(3, result.BarsProcessed); // the run itself always completes
        return result.Failure;
    }

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
