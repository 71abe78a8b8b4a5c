using System.Text.Json;
using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests.Cli;

/// <summary>
/// <c>omnialpha backtest</c> options for a failing strategy and for guarded scripts: the open-order policy, the
/// isolation level and the budgets, from the command line or from appsettings.json; bad values exit 1 naming the option.
/// </summary>
public sealed class StrategyFailureOptionsTests : IDisposable
{
    // Rests a limit buy 3 % under the first close (it fills a few days later), then throws on its second bar.
    private const string Rester = """
        public sealed class Rester : Strategy
        {
            private int _bars;

            public override void OnBar(in Bar bar)
            {
                if (++_bars == 1) LimitOrder(bar.Symbol, 10m, Math.Round(bar.Close * 0.97m, 2));
                if (_bars == 2) throw new InvalidOperationException("gave up");
            }
        }
        """;

    private const string Recurser = """
        public sealed class Recurser : Strategy
        {
            public override void OnBar(in Bar bar) => Down(0);

            private int Down(int n) => Down(n + 1) + 1;
        }
        """;

    // 150 ms in its first callback: over the guarded default of 100 ms.
    private const string Slow = """
        public sealed class Slow : Strategy
        {
            private bool _done;

            public override void OnBar(in Bar bar)
            {
                if (_done) return;
                _done = true;
                var start = DateTime.UtcNow;
                while (DateTime.UtcNow - start < TimeSpan.FromMilliseconds(150)) { }
            }
        }
        """;

    private readonly TempFolder _folder = new();

    public StrategyFailureOptionsTests()
    {
        _folder.Write("Rester.cs", Rester);
        _folder.Write("Recurser.cs", Recurser);
        _folder.Write("Slow.cs", Slow);
    }

    [Fact]
    public void By_default_the_working_orders_of_a_stopped_strategy_are_canceled_with_the_reason_in_orders_csv()
    {
        var run = Backtest("Rester.cs").ShouldExitWith(3);

        Assert.EndsWith("InvalidOperationException: gave up; strategy stopped, open-order policy cancel: canceled orders 1", Assert.Single(run.StderrLines));
        var stopped = Summary().GetProperty("stopped");
        Assert.Equal([1L], stopped.GetProperty("canceled_orders").EnumerateArray().Select(e => e.GetInt64()));
        var order = File.ReadAllLines(_folder.File("out/orders.csv"))[1];
        Assert.Contains(",canceled,", order, StringComparison.Ordinal);
        Assert.EndsWith(",strategy Rester was stopped after a failure in OnBar", order, StringComparison.Ordinal);
        Assert.Equal(0, Summary().GetProperty("fills").GetInt32());
    }

    [Fact]
    public void With_on_failure_leave_the_resting_order_still_fills_after_the_stop()
    {
        var run = Backtest("Rester.cs", "--on-failure", "leave").ShouldExitWith(3);

        Assert.EndsWith("strategy stopped, open-order policy leave: working orders left at the exchange", Assert.Single(run.StderrLines));
        var stopped = Summary().GetProperty("stopped");
        Assert.Equal("leave", stopped.GetProperty("open_order_policy").GetString());
        var fill = File.ReadAllLines(_folder.File("out/fills.csv"))[1].Split(',');
        Assert.True(string.CompareOrdinal(fill[0], stopped.GetProperty("time").GetString()) > 0, $"fill at {fill[0]} is not after the stop");
        Assert.Equal(("ALFA", "buy", "10"), (fill[1], fill[2], fill[3]));
    }

    [Fact]
    public void With_on_failure_flatten_there_is_nothing_left_open_at_the_end()
    {
        Backtest("Rester.cs", "--on-failure", "flatten").ShouldExitWith(3);

        var stopped = Summary().GetProperty("stopped");
        Assert.Equal("flatten", stopped.GetProperty("open_order_policy").GetString());
        Assert.Equal(0, stopped.GetProperty("closing_orders").GetArrayLength()); // it never held a position
        Assert.Equal(1, stopped.GetProperty("canceled_orders").GetArrayLength());
    }

    [Fact]
    public void Deep_recursion_at_the_default_limits_is_stopped_by_the_depth_budget_and_the_process_survives()
    {
        var run = Backtest("Recurser.cs").ShouldExitWith(3);

        Assert.Contains("call depth budget exceeded: used 1,001 nested calls, limit 1,000 nested calls", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        var stopped = Summary().GetProperty("stopped");
        Assert.Equal(("call_depth", "1,000 nested calls", "1,001 nested calls"),
            (stopped.GetProperty("budget").GetString(), stopped.GetProperty("budget_limit").GetString(), stopped.GetProperty("budget_used").GetString()));
    }

    [Fact]
    public void The_depth_and_time_budgets_are_set_on_the_command_line()
    {
        Backtest("Recurser.cs", "--max-call-depth", "50").ShouldExitWith(3);
        Assert.Equal("50 nested calls", Summary().GetProperty("stopped").GetProperty("budget_limit").GetString());

        Backtest("Slow.cs", "--time-per-callback", "20ms").ShouldExitWith(3);
        Assert.Equal("20 ms", Summary().GetProperty("stopped").GetProperty("budget_limit").GetString());

        Backtest("Slow.cs", "--time-per-callback", "2s").ShouldExitWith(0);
        Assert.Equal(JsonValueKind.Null, Summary().GetProperty("stopped").ValueKind);
    }

    [Fact]
    public void A_trusted_script_has_no_budget_checks()
    {
        Backtest("Slow.cs").ShouldExitWith(3);
        Backtest("Slow.cs", "--isolation", "trusted").ShouldExitWith(0);
    }

    [Fact]
    public void The_isolated_level_runs_the_script_in_a_worker_with_the_same_outcome_as_guarded()
    {
        var guarded = Backtest("Rester.cs").ShouldExitWith(3);
        byte[] guardedOrders = File.ReadAllBytes(_folder.File("out/orders.csv"));

        var isolated = Backtest("Rester.cs", "--isolation", "isolated").ShouldExitWith(3);

        Assert.Equal(guardedOrders, File.ReadAllBytes(_folder.File("out/orders.csv")));
        Assert.Equal(guarded.StderrLines, isolated.StderrLines);
    }

    [Theory]
    [InlineData("--on-failure", "ignore", "an open-order policy on failure (cancel | leave | flatten)")]
    [InlineData("--isolation", "sandboxed", "an isolation level (trusted | guarded | isolated)")]
    [InlineData("--time-per-callback", "100", "a positive duration with a unit (e.g. 250ms, 2s, 5m)")]
    [InlineData("--total-time", "-1s", "a positive duration with a unit (e.g. 250ms, 2s, 5m)")]
    [InlineData("--alloc-per-callback", "64 parsecs", "a positive size with a unit (e.g. 512KB, 64MB, 1GB)")]
    [InlineData("--max-call-depth", "0", "a positive whole number of nested calls (e.g. 1000)")]
    public void A_bad_value_exits_1_naming_the_option_and_the_accepted_forms(string option, string value, string expected)
    {
        var run = Backtest("Rester.cs", option, value).ShouldExitWith(1);

        Assert.Equal([$"error: {option}: '{value}' is not {expected}"], run.StderrLines);
        Assert.False(File.Exists(_folder.File("out/summary.json")));
    }

    [Fact]
    public void The_settings_can_come_from_appsettings_json_and_the_command_line_wins()
    {
        _folder.Write("appsettings.json", """{ "Backtest": { "OnFailure": "leave", "MaxCallDepth": "40" } }""");

        Backtest("Recurser.cs").ShouldExitWith(3);
        var stopped = Summary().GetProperty("stopped");
        Assert.Equal(("leave", "40 nested calls"), (stopped.GetProperty("open_order_policy").GetString(), stopped.GetProperty("budget_limit").GetString()));

        Backtest("Recurser.cs", "--on-failure", "cancel").ShouldExitWith(3);
        Assert.Equal("cancel", Summary().GetProperty("stopped").GetProperty("open_order_policy").GetString());
    }

    [Fact]
    public void A_bad_value_in_appsettings_json_names_the_configuration_key()
    {
        _folder.Write("appsettings.json", """{ "Backtest": { "TimePerCallback": "fast" } }""");

        var run = Backtest("Rester.cs").ShouldExitWith(1);

        Assert.Equal(["error: configuration Backtest:TimePerCallback: 'fast' is not a positive duration with a unit (e.g. 250ms, 2s, 5m)"], run.StderrLines);
    }

    public void Dispose() => _folder.Dispose();

    private JsonElement Summary() => SummaryJson.Read(_folder.File("out"));

    private CliRun Backtest(string script, params string[] options) =>
        OmniAlphaProcess.RunIn(_folder.Path, null, ["backtest", script, "--symbols", "ALFA", "--out", _folder.File("out"), .. options]);
}
