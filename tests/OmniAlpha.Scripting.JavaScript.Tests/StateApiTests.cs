using OmniAlpha.Kernel.Engine;
using OmniAlpha.Scripting.JavaScript.Tests.Support;

namespace OmniAlpha.Scripting.JavaScript.Tests;

/// <summary>Reading state from JavaScript: portfolio, positions, history, parameters, time, symbols, schedules, warm-up.</summary>
public sealed class StateApiTests
{
    private static string[] Messages(ListLogger logger) =>
        logger.Messages.Select(m => m[(m.IndexOf(' ', m.IndexOf(' ') + 1) + 1)..]).ToArray();

    [Fact]
    public void Portfolio_and_position_report_the_kernel_values()
    {
        const string script = """
            function onBar(bar) { if (strategy.portfolio.positions[0].isFlat && strategy.openOrders().length === 0) strategy.buy(bar.symbol, 10); }
            function onEnd() {
              const p = strategy.portfolio, pos = strategy.position("ALFA");
              strategy.log(`${p.cash} ${p.equity} ${p.positions.length} ${pos.symbol} ${pos.quantity} ${pos.averageCost} ${pos.marketValue} ${pos.unrealizedPnl} ${pos.isLong}`);
            }
            """;
        var logger = new ListLogger();

        var result = JsRun.Run(JsRun.Strategy(script), [JsRun.Rising("ALFA", 4)], logger: logger);

        // Bought 10 at the second bar's open (100), marked at the last close (103).
        Assert.Equal(99_000m, result.FinalCash);
        Assert.Equal("99000 100030 1 ALFA 10 100 1030 30 true", Messages(logger).Single());
    }

    [Fact]
    public void History_is_newest_first_and_holds_what_is_available()
    {
        const string script = """
            function onBar(bar) {
              const h = strategy.history(bar.symbol, 3);
              strategy.log(h.map(b => b.close).join(",") + " " + (h[0].time === bar.time) + " " + h[0].symbol);
            }
            """;
        var logger = new ListLogger();

        JsRun.Run(JsRun.Strategy(script), [JsRun.Rising("ALFA", 4)], logger: logger);

        Assert.Equal(["100 true ALFA", "101,100 true ALFA", "102,101,100 true ALFA", "103,102,101 true ALFA"], Messages(logger));
    }

    [Fact]
    public void Bars_carry_symbol_time_and_prices_and_strategy_time_and_symbols_match()
    {
        const string script = """
            function onBar(bar) {
              strategy.log(`${bar.symbol} ${new Date(bar.time).toISOString()} ${bar.open} ${bar.high} ${bar.low} ${bar.close} ${bar.volume} ${bar.time === strategy.time} ${strategy.symbols.join("+")} ${strategy.name}`);
            }
            """;
        var logger = new ListLogger();

        JsRun.Run(JsRun.Strategy(script), [JsRun.FromCloses("ALFA", 10.25m, 11.5m), JsRun.FromCloses("BRVO", 20m, 19m)], logger: logger);

        Assert.Equal([
            "ALFA 2024-01-02T21:00:00.000Z 10.25 10.25 10.25 10.25 1000000 true ALFA+BRVO Test",
            "BRVO 2024-01-02T21:00:00.000Z 20 20 20 20 1000000 true ALFA+BRVO Test",
            "ALFA 2024-01-03T21:00:00.000Z 10.25 11.5 10.25 11.5 1000000 true ALFA+BRVO Test",
            "BRVO 2024-01-03T21:00:00.000Z 20 20 19 19 1000000 true ALFA+BRVO Test",
        ], Messages(logger));
    }

    [Fact]
    public void Parameters_take_the_type_of_their_default_and_are_reported()
    {
        const string script = """
            function onStart() {
              const n = strategy.param("n", 3), f = strategy.param("f", 0.5), b = strategy.param("b", false), s = strategy.param("s", "x");
              strategy.log(`${n} ${typeof n} ${f} ${b} ${typeof b} ${s}`);
            }
            function onBar(bar) {}
            """;
        var logger = new ListLogger();

        var result = JsRun.Run(JsRun.Strategy(script), [JsRun.Rising("ALFA", 1)],
            new Dictionary<string, string> { ["n"] = "12", ["b"] = "true", ["s"] = "hello" }, logger);

        Assert.Equal("12 number 0.5 true boolean hello", Messages(logger).Single());
        Assert.Equal(new Dictionary<string, string> { ["n"] = "12", ["f"] = "0.5", ["b"] = "True", ["s"] = "hello" }, result.Parameters);
    }

    [Fact]
    public void A_parameter_that_does_not_parse_fails_onStart_with_a_format_error_naming_it()
    {
        const string script = """function onStart() { strategy.param("n", 3); }""";

        var e = Assert.Throws<StrategyRuntimeException>(() =>
            JsRun.Run(JsRun.Strategy(script), [JsRun.Rising("ALFA", 1)], new Dictionary<string, string> { ["n"] = "ten" }));

        Assert.Equal("OnStart", e.Callback);
        Assert.Equal("Parameter 'n': 'ten' is not a valid number.", Assert.IsType<FormatException>(e.InnerException).Message);
    }

    [Fact]
    public void A_RangeError_from_onStart_is_a_rejected_parameter_like_an_ArgumentException_in_csharp()
    {
        const string script = """
            function onStart() {
              if (strategy.param("n", 3) < 5) throw new RangeError("n must be >= 5");
            }
            """;

        var e = Assert.Throws<StrategyRuntimeException>(() => JsRun.Run(JsRun.Strategy(script), [JsRun.Rising("ALFA", 1)]));

        Assert.Equal("Test.js(2,41): RangeError: n must be >= 5", Assert.IsType<ArgumentException>(e.InnerException).Message);
    }

    [Fact]
    public void EveryBars_and_dailyAt_run_script_functions_on_schedule()
    {
        const string script = """
            let bars = 0, every = 0, daily = 0;
            function onStart() {
              strategy.everyBars(2, () => every++);
              strategy.dailyAt("16:00", function () { daily++; }, "America/New_York");
            }
            function onBar(bar) { bars++; }
            function onEnd() { strategy.log(`${bars} ${every} ${daily}`); }
            """;
        var logger = new ListLogger();

        JsRun.Run(JsRun.Strategy(script), [JsRun.Rising("ALFA", 6)], logger: logger);

        Assert.Equal("6 3 6", Messages(logger).Single());
    }

    [Fact]
    public void A_scheduled_function_that_throws_fails_the_scheduled_callback_with_its_position()
    {
        const string script = """
            function onStart() {
              strategy.everyBars(1, () => {
                null.boom;
              });
            }
            """;

        var e = Assert.Throws<StrategyRuntimeException>(() => JsRun.Run(JsRun.Strategy(script), [JsRun.Rising("ALFA", 2)]));

        Assert.Equal("scheduled callback", e.Callback);
        Assert.StartsWith("Test.js(3,10): TypeError: ", Assert.IsType<JavaScriptRuntimeException>(e.InnerException).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Warm_up_delivers_bars_flagged_and_refuses_orders()
    {
        const string script = """
            function onStart() { strategy.setWarmUp(2); }
            function onBar(bar) {
              strategy.log(`${bar.close} ${strategy.isWarmingUp}`);
              strategy.buy(bar.symbol, 1);
            }
            """;
        var logger = new ListLogger();

        var result = JsRun.Run(JsRun.Strategy(script), [JsRun.Rising("ALFA", 3)], logger: logger);

        Assert.Equal(["100 true", "101 true", "102 false"], Messages(logger));
        Assert.Equal(2, result.Orders.Count(o => o.Status == OmniAlpha.Sdk.Orders.OrderStatus.Rejected));
    }

    [Fact]
    public void The_bar_object_is_read_only_and_reused()
    {
        const string script = """
            let first;
            function onBar(bar) {
              if (!first) { first = bar; return; }
              strategy.log(`${first === bar} ${first.close}`);
              try { bar.close = 1; } catch (e) { strategy.log(e.name); }
              try { bar.extra = 1; } catch (e) { strategy.log(e.name); }
            }
            """;
        var logger = new ListLogger();

        JsRun.Run(JsRun.Strategy(script), [JsRun.Rising("ALFA", 2)], logger: logger);

        Assert.Equal(["true 101", "TypeError", "TypeError"], Messages(logger));
    }
}
