using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary>
/// A strategy that throws is stopped and the run completes: exit 3, one line naming strategy, callback, time and what
/// happened to its orders; the reports are written and say it was stopped; the stack trace only with --verbose.
/// </summary>
public sealed class StrategyRuntimeErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public StrategyRuntimeErrorTests() => _folder.Write("Thrower.cs", Scripts.ThrowsOnFifthBar);

    [Fact]
    public void An_exception_in_OnBar_exits_3_with_one_line_naming_the_strategy_the_callback_and_the_time()
    {
        var run = Backtest().ShouldExitWith(3);

        // The sample data's first day has 8 bars; the fifth is still 2015-01-02, stamped at the 16:00 New York close.
        Assert.Equal(["error: strategy Thrower failed in OnBar at 2015-01-02T21:00:00Z: InvalidOperationException: boom; " +
                      "strategy stopped, open-order policy cancel: no working orders to cancel"], run.StderrLines);
    }

    [Fact]
    public void The_run_still_completes_and_its_reports_say_when_and_why_the_strategy_was_stopped()
    {
        var run = Backtest().ShouldExitWith(3);

        var stopped = SummaryJson.Read(_folder.File("out")).GetProperty("stopped");
        Assert.Equal("2015-01-02T21:00:00Z", stopped.GetProperty("time").GetString());
        Assert.Equal("OnBar", stopped.GetProperty("callback").GetString());
        Assert.Equal("InvalidOperationException: boom", stopped.GetProperty("reason").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, stopped.GetProperty("budget").ValueKind);
        Assert.Equal("cancel", stopped.GetProperty("open_order_policy").GetString());
        // One equity point per time step of the sample data (2,520 days), to the end, as for a strategy that ran through.
        Assert.Equal(1 + 2_520, File.ReadAllLines(_folder.File("out/equity.csv")).Length);
        Assert.Contains("Stopped", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_runs_of_a_failing_strategy_write_byte_identical_reports()
    {
        Backtest().ShouldExitWith(3);
        var first = File.ReadAllBytes(_folder.File("out/summary.json"));
        OmniAlphaProcess.RunIn(_folder.Path, null, ["backtest", "Thrower.cs", "--out", _folder.File("again")]).ShouldExitWith(3);

        Assert.Equal(first, File.ReadAllBytes(_folder.File("again/summary.json")));
        Assert.Equal(File.ReadAllBytes(_folder.File("out/orders.csv")), File.ReadAllBytes(_folder.File("again/orders.csv")));
    }

    [Fact]
    public void With_verbose_the_stack_trace_points_into_the_script()
    {
        var run = Backtest("--verbose").ShouldExitWith(3);

        Assert.Contains("error: strategy Thrower failed in OnBar at 2015-01-02T21:00:00Z", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("at Thrower.OnBar", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private CliRun Backtest(params string[] options) =>
        OmniAlphaProcess.RunIn(_folder.Path, null, ["backtest", "Thrower.cs", "--out", _folder.File("out"), .. options]);
}
