using System.Diagnostics;
using Microsoft.Extensions.Logging;
using OmniAlpha.Isolation.Tests.Support;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Isolation.Tests;

/// <summary>
/// A worker that crashes, hangs or breaks a budget is killed and, per policy, restarted (a fresh OnStart continues the
/// run) or the strategy is stopped; the kernel's orders and positions are never touched by the failure.
/// </summary>
public sealed class WorkerFailureTests
{
    private static readonly Sdk.Data.BarSeries[] Data = Backtests.OneSymbol(200);
    private static readonly Dictionary<string, string> FailAt50SellAt120 = FailingScripts.At(Data[0], 50, 120);

    private static readonly IsolatedStrategyOptions Trusted = new() { Sandboxed = false, CallbackTimeout = TimeSpan.FromSeconds(2) };

    [Fact]
    public void A_crashed_worker_is_restarted_and_the_run_continues_with_the_kernels_orders_and_positions_intact()
    {
        var logger = new ListLogger();
        using var strategy = IsolatedStrategyFactory.Create("Crasher.cs", FailingScripts.Crasher, Trusted);

        var result = Backtests.Isolated(strategy, Data, FailAt50SellAt120, logger);

        Assert.Equal(1, strategy.Restarts);
        // The entry placed before the crash stayed in the kernel and filled; the restarted instance saw the position
        // (it did not buy again) and sold it at bar 120.
        Assert.Collection(result.Orders,
            entry => Assert.Equal((OrderSide.Buy, "entry", OrderStatus.Filled, 10m), (entry.Side, entry.Tag, entry.Status, entry.FilledQuantity)),
            exit => Assert.Equal((OrderSide.Sell, "exit", OrderStatus.Filled, 10m), (exit.Side, exit.Tag, exit.Status, exit.FilledQuantity)));
        Assert.Equal(0m, result.Positions.Single().Quantity);
        var warning = Assert.Single(logger.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("restart 1 of 3"));
        Assert.Contains("Crash", warning.Text);
        Assert.Contains("exit code 13", warning.Text);
        Assert.Contains("in OnBar at " + Data[0][50].EndTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), warning.Text);
    }

    [Fact]
    public void Under_the_stop_policy_a_crash_fails_the_callback_naming_the_strategy_callback_and_time()
    {
        using var strategy = IsolatedStrategyFactory.Create("Crasher.cs", FailingScripts.Crasher, Trusted with { FailurePolicy = WorkerFailurePolicy.Stop });

        var error = Assert.Throws<StrategyRuntimeException>(() => Backtests.Isolated(strategy, Data, FailAt50SellAt120));

        var inner = Assert.IsType<IsolatedStrategyException>(error.InnerException);
        Assert.Equal(WorkerFailureKind.Crash, inner.WorkerFailure);
        Assert.Equal(("Crasher", "OnBar", Data[0][50].EndTime), (error.Strategy, error.Callback, error.Time));
        Assert.Contains("exit code 13", error.Message);
        Assert.True(strategy.IsStopped);
        Assert.Equal(0, strategy.Restarts);
    }

    [Fact]
    public void A_hung_callback_is_killed_after_the_deadline()
    {
        using var strategy = IsolatedStrategyFactory.Create("Hanger.cs", FailingScripts.Hanger,
            Trusted with { FailurePolicy = WorkerFailurePolicy.Stop, CallbackTimeout = TimeSpan.FromMilliseconds(500) });
        int workerId = strategy.WorkerProcessId!.Value;
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<StrategyRuntimeException>(() => Backtests.Isolated(strategy, Data, FailAt50SellAt120));

        Assert.Equal(WorkerFailureKind.Hang, Assert.IsType<IsolatedStrategyException>(error.InnerException).WorkerFailure);
        Assert.Contains("no answer within 500 ms", error.Message);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(8));
        Assert.True(ProcessIsGone(workerId), $"worker {workerId} still runs after the hang");
    }

    [Fact]
    public void A_hung_worker_is_replaced_and_the_run_continues()
    {
        // The deadline leaves the replacement worker's first callbacks (JIT, a loaded CI machine) room not to look hung too.
        using var strategy = IsolatedStrategyFactory.Create("Hanger.cs", FailingScripts.Hanger, Trusted with { CallbackTimeout = TimeSpan.FromSeconds(3) });

        var result = Backtests.Isolated(strategy, Data, FailAt50SellAt120);

        Assert.Equal(1, strategy.Restarts);
        Assert.Equal(["entry", "exit"], result.Orders.Select(o => o.Tag));
    }

    [Fact]
    public void A_budget_breach_inside_the_worker_replaces_the_worker()
    {
        var logger = new ListLogger();
        using var strategy = IsolatedStrategyFactory.Create("Spinner.cs", FailingScripts.Spinner); // sandboxed, default budgets

        var result = Backtests.Isolated(strategy, Data, FailAt50SellAt120, logger);

        Assert.Equal(1, strategy.Restarts);
        Assert.Equal(["entry", "exit"], result.Orders.Select(o => o.Tag));
        Assert.Contains(logger.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("BudgetBreach")
            && l.Text.Contains("ScriptBudgetExceededException: CPU time budget per callback exceeded"));
    }

    [Fact]
    public void After_the_restart_limit_the_strategy_is_stopped()
    {
        using var strategy = IsolatedStrategyFactory.Create("RepeatCrasher.cs", FailingScripts.RepeatCrasher, Trusted with { MaxRestarts = 2 });

        var error = Assert.Throws<StrategyRuntimeException>(() => Backtests.Isolated(strategy, Data, FailAt50SellAt120));

        Assert.Equal(2, strategy.Restarts);
        Assert.Contains("strategy stopped after 2 restart(s)", error.Message);
        Assert.Equal(Data[0][52].EndTime, error.Time); // bars 50 and 51 cost one restart each, bar 52 the stop
    }

    [Fact]
    public void An_exception_thrown_by_the_script_fails_the_callback_exactly_as_in_process_without_a_restart()
    {
        var inProcess = Assert.Throws<StrategyRuntimeException>(() =>
            Backtests.InProcess("Thrower.cs", FailingScripts.Thrower, sandboxed: true, Data, FailAt50SellAt120));
        using var strategy = IsolatedStrategyFactory.Create("Thrower.cs", FailingScripts.Thrower);

        var error = Assert.Throws<StrategyRuntimeException>(() => Backtests.Isolated(strategy, Data, FailAt50SellAt120));

        Assert.Equal(inProcess.Message, error.Message);
        Assert.Equal("strategy Thrower failed in OnBar at " + Data[0][50].EndTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'") + ": InvalidOperationException: boom", error.Message);
        var inner = Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Contains("Thrower.cs:line 7", inner.StackTrace); // the worker's stack, attached as the remote stack trace
        Assert.Equal(0, strategy.Restarts);
        Assert.False(strategy.IsStopped);
    }

    [Fact]
    public void A_bad_parameter_value_fails_OnStart_with_the_same_exception_as_in_process()
    {
        var bad = new Dictionary<string, string> { ["failAt"] = "soon" };
        var inProcess = Assert.Throws<StrategyRuntimeException>(() => Backtests.InProcess("Thrower.cs", FailingScripts.Thrower, sandboxed: true, Data, bad));
        using var strategy = IsolatedStrategyFactory.Create("Thrower.cs", FailingScripts.Thrower);

        var error = Assert.Throws<StrategyRuntimeException>(() => Backtests.Isolated(strategy, Data, bad));

        Assert.Equal(inProcess.Message, error.Message);
        Assert.IsType<FormatException>(error.InnerException); // the CLI maps this to exit 1 (bad input), at every level
    }

    [Fact]
    public void A_worker_restarted_in_a_scheduled_callback_keeps_its_schedule_once_not_twice()
    {
        var logger = new ListLogger();
        using var strategy = IsolatedStrategyFactory.Create("ScheduledCrasher.cs", FailingScripts.ScheduledCrasher, Trusted);

        Backtests.Isolated(strategy, Data, FailAt50SellAt120, logger);

        Assert.Equal(1, strategy.Restarts);
        var ticks = logger.Lines.Where(l => l.Text.EndsWith(" tick")).Select(l => l.Text).ToArray();
        // One tick per time step, except the step whose callback crashed (it is not replayed).
        Assert.Equal(Data[0].Count - 1, ticks.Length);
        Assert.Equal(ticks.Length, ticks.Distinct().Count());
        Assert.DoesNotContain(ticks, t => t.Contains(Data[0][50].EndTime.ToString("yyyy-MM-ddTHH:mm:ss")));
    }

    private static bool ProcessIsGone(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return process.WaitForExit(TimeSpan.FromSeconds(5));
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
