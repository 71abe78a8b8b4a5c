using OmniAlpha.Kernel.Engine;
using OmniAlpha.Scripting.JavaScript.Tests.Support;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Scripting.JavaScript.Tests;

/// <summary>
/// Jint's constraints enforce the <see cref="ScriptBudgetLimits"/> of the C# guarded level and raise the same
/// <see cref="ScriptBudgetExceededException"/>, which a script cannot catch; the engine reports strategy and callback.
/// </summary>
public sealed class BudgetTests
{
    private static ScriptBudgetExceededException Breach(string script, ScriptBudgetLimits limits, int bars = 3, string callback = "OnBar")
    {
        var e = Assert.Throws<StrategyRuntimeException>(() => JsRun.Run(JsRun.Strategy(script, "Runaway.js", limits), [JsRun.Rising("ALFA", bars)]));
        Assert.Equal(("Runaway", callback), (e.Strategy, e.Callback));
        return Assert.IsType<ScriptBudgetExceededException>(e.InnerException);
    }

    [Fact]
    public void An_endless_loop_is_stopped_at_the_callback_time_budget_even_inside_try_catch_finally()
    {
        const string script = """
            function onBar(bar) {
              try { while (true) { } } catch (e) { strategy.log("caught"); } finally { for (;;) { } }
            }
            """;
        var limits = new ScriptBudgetLimits { CallbackTime = TimeSpan.FromMilliseconds(50) };

        var breach = Breach(script, limits);

        Assert.Equal(ScriptBudgetKind.CallbackCpu, breach.Budget);
        Assert.Equal("50 ms", breach.Limit);
        Assert.StartsWith("CPU time budget per callback exceeded: used ", breach.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Runaway_recursion_is_stopped_at_the_call_depth_budget()
    {
        const string script = "function deeper(n) { return deeper(n + 1) + 1; }\nfunction onStart() { deeper(0); }";

        var breach = Breach(script, new ScriptBudgetLimits { MaxCallDepth = 200 }, callback: "OnStart");

        Assert.Equal(ScriptBudgetKind.CallDepth, breach.Budget);
        Assert.Equal("call depth budget exceeded: used more than 200 nested calls, limit 200 nested calls", breach.Message);
    }

    [Theory]
    [InlineData("const chunks = []; while (true) chunks.push(new Array(10000).fill(1.5));")]
    [InlineData("let s = 'x'; while (true) s += s;")]
    public void Allocating_without_bound_is_stopped_at_the_allocation_budget(string body)
    {
        string script = "function onBar(bar) { " + body + " }";
        var limits = new ScriptBudgetLimits { CallbackTime = TimeSpan.FromSeconds(30), CallbackAllocatedBytes = 16L * 1024 * 1024 };

        var breach = Breach(script, limits);

        Assert.Equal(ScriptBudgetKind.CallbackAllocation, breach.Budget);
        Assert.Equal("16.0 MB", breach.Limit);
    }

    [Fact]
    public void The_total_time_budget_adds_up_the_callbacks_of_the_run()
    {
        const string script = "function onBar(bar) { const end = Date.now() + 40; while (Date.now() < end) { } }";
        var limits = new ScriptBudgetLimits { CallbackTime = TimeSpan.FromSeconds(5), TotalTime = TimeSpan.FromMilliseconds(150) };

        var breach = Breach(script, limits, bars: 20);

        Assert.Equal(ScriptBudgetKind.TotalCpu, breach.Budget);
    }

    [Fact]
    public void Each_callback_starts_with_a_fresh_budget()
    {
        const string script = "function onBar(bar) { const end = Date.now() + 60; while (Date.now() < end) { } }";
        var limits = new ScriptBudgetLimits { CallbackTime = TimeSpan.FromMilliseconds(250) };

        var result = JsRun.Run(JsRun.Strategy(script, "Busy.js", limits), [JsRun.Rising("ALFA", 6)]);

        Assert.Equal(6, result.BarsProcessed); // 6 x 60 ms: over one callback's budget in total, under it each time
    }

    [Fact]
    public void Script_code_the_host_calls_back_into_runs_under_the_same_budget()
    {
        const string script = "function onBar(bar) { strategy.buy(bar.symbol, 1, { get tag() { while (true) { } } }); }";

        var breach = Breach(script, new ScriptBudgetLimits { CallbackTime = TimeSpan.FromMilliseconds(50) });

        Assert.Equal(ScriptBudgetKind.CallbackCpu, breach.Budget);
    }

    [Fact]
    public void Allocations_in_script_code_the_host_calls_back_into_count_against_the_callback()
    {
        const string script = """
            const kept = [];
            function onBar(bar) {
              while (true) strategy.buy(bar.symbol, 1, { get tag() { kept.push(new Array(10000).fill(2.5)); return "t"; } });
            }
            """;
        var limits = new ScriptBudgetLimits { CallbackTime = TimeSpan.FromSeconds(30), CallbackAllocatedBytes = 16L * 1024 * 1024 };

        var breach = Breach(script, limits);

        Assert.Equal(ScriptBudgetKind.CallbackAllocation, breach.Budget);
    }

    [Fact]
    public void A_runaway_top_level_fails_loading_with_JS1005()
    {
        var e = Assert.Throws<JavaScriptCompilationException>(() =>
            JsRun.Strategy("while (true) { }\nfunction onBar(bar) {}", "Spin.js", new ScriptBudgetLimits { CallbackTime = TimeSpan.FromMilliseconds(50) }));

        Assert.StartsWith("Spin.js(1,1): error JS1005: loading the script: CPU time budget per callback exceeded", Assert.Single(e.Diagnostics), StringComparison.Ordinal);
    }
}
