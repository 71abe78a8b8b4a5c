using OmniAlpha.Kernel.Engine;
using OmniAlpha.Scripting.JavaScript.Tests.Support;

namespace OmniAlpha.Scripting.JavaScript.Tests;

/// <summary>Script errors name the file, line and column, in the compiler format for load errors.</summary>
public sealed class DiagnosticsTests
{
    private static string LoadError(string source) =>
        Assert.Single(Assert.Throws<JavaScriptCompilationException>(() => JsRun.Strategy(source, "Bad.js")).Diagnostics);

    [Fact]
    public void A_syntax_error_is_JS1001_at_its_line_and_column()
    {
        Assert.Equal("Bad.js(3,21): error JS1001: Unexpected token '{'", LoadError("// a strategy\nfunction onBar(bar) {\n  if (bar.close > 1 {\n  }\n}\n"));
    }

    [Fact]
    public void Sloppy_mode_code_is_a_syntax_error_because_scripts_are_strict()
    {
        Assert.Equal("Bad.js(1,23): error JS1001: Strict mode code may not include a with statement", LoadError("function onBar(bar) { with (bar) { } }"));
    }

    [Fact]
    public void A_top_level_that_throws_is_JS1002_at_the_throwing_line()
    {
        Assert.Equal("Bad.js(2,1): error JS1002: ReferenceError: undefinedThing is not defined",
            LoadError("function onBar(bar) {}\nundefinedThing.x = 1;\n"));
    }

    [Fact]
    public void Placing_orders_at_the_top_level_is_refused_because_the_strategy_is_not_attached_yet()
    {
        Assert.StartsWith("Bad.js(1,1): error JS1002: Error: Strategy Bad is not attached to an engine yet.",
            LoadError("strategy.buy('ALFA', 1); function onBar(bar) {}"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_without_callbacks_is_JS1003_and_a_callback_that_is_not_a_function_JS1004()
    {
        Assert.Equal("Bad.js(1,1): error JS1003: the script defines none of the strategy callbacks (onStart, onBar, onOrderEvent, onEnd)",
            LoadError("const x = 1;"));
        Assert.Equal("Bad.js(1,1): error JS1004: 'onBar' must be a function, got 5", LoadError("var onBar = 5;"));
    }

    [Fact]
    public void A_runtime_error_in_a_callback_names_strategy_callback_time_file_line_and_column()
    {
        const string script = "function onBar(bar) {\n  const state = null;\n  state.count++;\n}\n";

        var e = Assert.Throws<StrategyRuntimeException>(() => JsRun.Run(JsRun.Strategy(script, "Crash.js"), [JsRun.Rising("ALFA", 2)]));

        Assert.Equal("strategy Crash failed in OnBar at 2024-01-02T21:00:00Z: JavaScriptRuntimeException: " +
                     "Crash.js(3,3): TypeError: Cannot read property 'count' of null", e.Message);
        var inner = Assert.IsType<JavaScriptRuntimeException>(e.InnerException);
        Assert.Equal(("Crash.js", 3, 3), (inner.File, inner.Line, inner.Column));
        Assert.Contains("onBar", inner.JavaScriptStackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public void Throwing_a_non_error_value_is_reported_too()
    {
        var e = Assert.Throws<StrategyRuntimeException>(() =>
            JsRun.Run(JsRun.Strategy("function onEnd() {\n  throw 'gave up';\n}", "Quit.js"), [JsRun.Rising("ALFA", 1)]));

        Assert.Equal("OnEnd", e.Callback);
        Assert.Equal("Quit.js(2,9): uncaught gave up", e.InnerException!.Message);
    }
}
