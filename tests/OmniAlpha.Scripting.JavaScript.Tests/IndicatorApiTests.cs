using OmniAlpha.Indicators;
using OmniAlpha.Scripting.JavaScript.Tests.Support;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Scripting.JavaScript.Tests;

/// <summary>The <c>ta</c> global: any catalog function by name or shortcut, with TA-Lib parameters, outputs and readiness.</summary>
public sealed class IndicatorApiTests
{
    private static readonly decimal[] Closes = [44.34m, 44.09m, 44.15m, 43.61m, 44.33m, 44.83m, 45.10m, 45.42m, 45.84m, 46.08m,
        45.89m, 46.03m, 45.61m, 46.28m, 46.28m, 46.00m, 46.03m, 46.41m, 46.22m, 45.64m];

    private static string[] RunLogging(string script)
    {
        var logger = new ListLogger();
        var strategy = new JavaScriptStrategy(JavaScriptProgram.Parse("Ta.js", script),
            new JavaScriptStrategyOptions { Limits = ScriptBudgetLimits.Default, Indicators = FixtureIndicators.CatalogAndFixtures });
        JsRun.Run(strategy, [JsRun.FromCloses("ALFA", Closes)], logger: logger);
        return logger.Messages.Select(m => m[(m.IndexOf(' ', m.IndexOf(' ') + 1) + 1)..]).ToArray();
    }

    [Fact]
    public void Create_by_name_and_the_shortcut_give_the_csharp_indicator_values_and_undefined_before_ready()
    {
        const string script = """
            let a, b;
            function onStart() { a = ta.create("rsi", { timeperiod: 14 }); b = ta.rsi(14); }
            function onBar(bar) {
              const v = a.update(bar.close); b.update(bar.close);
              strategy.log(`${v} ${a.value} ${b.value} ${a.isReady} ${a.samples} ${a.lookback} ${a.rsi}`);
            }
            """;
        var reference = new RelativeStrengthIndex(14);

        var lines = RunLogging(script);

        for (int i = 0; i < Closes.Length; i++)
        {
            double expected = reference.Update((double)Closes[i]);
            string value = reference.IsReady ? JsNumberText(expected) : "undefined";
            Assert.Equal($"{value} {value} {value} {(reference.IsReady ? "true" : "false")} {i + 1} 14 {value}", lines[i]);
        }
        Assert.Contains("true", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_go_by_position_in_TA_Lib_order_or_by_name_and_default_to_TA_Lib()
    {
        const string script = """
            function onStart() {
              strategy.log(`${ta.sma(3).lookback} ${ta.sma({ timeperiod: 5 }).lookback} ${ta.sma().lookback} ${ta.create("EMA").lookback} ${ta.sma(undefined).lookback}`);
            }
            """;

        Assert.Equal("2 4 29 29 29", RunLogging(script).Single());
    }

    [Theory]
    [InlineData("ta.create('NOPE')", "ta.create: unknown indicator 'NOPE' (ta.names lists the")]
    [InlineData("ta.sma(1)", "SMA timeperiod must be in [2, 100000], got 1")]
    [InlineData("ta.sma(2.5)", "SMA timeperiod must be a whole number, got 2.5")]
    [InlineData("ta.create('SMA', { period: 3 })", "SMA has no parameter 'period' (parameters: timeperiod)")]
    [InlineData("ta.sma(3, 4)", "ta.sma: SMA takes at most 1 parameters (timeperiod), got 2")]
    [InlineData("ta.sma('3')", "ta.sma: timeperiod must be a number, got the string '3'")]
    [InlineData("ta.sma(3).update('1')", "sma.update: input must be a number, got the string '1'")]
    public void Bad_indicator_requests_are_script_errors_naming_the_problem(string call, string message)
    {
        string script = $$"""
            function onStart() { try { {{call}}; } catch (e) { strategy.log(e.message); } }
            """;

        Assert.StartsWith(message, RunLogging(script).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Multi_output_indicators_expose_each_output_by_name()
    {
        const string script = """
            let m;
            function onStart() { m = ta.minmaxfix(3); strategy.log(m.outputs.join(",")); }
            function onBar(bar) { m.update(bar.close); if (m.samples >= 2 && m.samples <= 4) strategy.log(`${m.min} ${m.max} ${m.value}`); }
            """;

        Assert.Equal(["min,max", "undefined undefined undefined", "44.09 44.34 44.09", "43.61 44.15 43.61"], RunLogging(script));
    }

    [Fact]
    public void Bar_indicators_take_the_bar_or_five_numbers_and_pair_indicators_two_numbers()
    {
        const string script = """
            function onStart() {
              const r = ta.rangefix(), s = ta.create("SPREADFIX");
              strategy.log(`${r.update({ open: 1, high: 5, low: 2, close: 3, volume: 0 })} ${r.update(1, 9, 4, 5, 0)} ${s.update(10, 4)} ${s.spread}`);
              try { r.update({ high: 1 }); } catch (e) { strategy.log(e.message); }
            }
            """;

        Assert.Equal(["3 5 6 6", "rangefix.update: bar.open must be a number, got undefined."], RunLogging(script));
    }

    [Fact]
    public void Names_lists_the_catalog_and_reset_forgets_inputs()
    {
        const string script = """
            function onStart() {
              const s = ta.sma(2); s.update(1); s.update(3); const before = s.value; s.reset();
              strategy.log(`${["SMA", "EMA", "RSI", "MINMAXFIX"].every(n => ta.names.includes(n))} ${before} ${s.value} ${s.samples}`);
            }
            """;

        Assert.Equal("true 2 undefined 0", RunLogging(script).Single());
    }

    private static string JsNumberText(double value)
    {
        // ECMAScript Number::toString and .NET "R" agree on the shortest round-trip digits for these magnitudes.
        return value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }
}
