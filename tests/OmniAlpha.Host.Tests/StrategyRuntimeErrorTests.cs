using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary>A strategy that throws: exit 3, one line naming strategy, callback and time; the stack trace only with --verbose.</summary>
public sealed class StrategyRuntimeErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public StrategyRuntimeErrorTests() => _folder.Write("Thrower.cs", Scripts.ThrowsOnFifthBar);

    [Fact]
    public void An_exception_in_OnBar_exits_3_with_one_line_naming_the_strategy_the_callback_and_the_time()
    {
        var run = Backtest().ShouldExitWith(3);

        // The sample data's first day has 8 bars; the fifth is still 2015-01-02, stamped at the 16:00 New York close.
        Assert.Equal(["error: strategy Thrower failed in OnBar at 2015-01-02T21:00:00Z: InvalidOperationException: boom"], run.StderrLines);
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
