using System.Diagnostics;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Kernel.Tests.Budgets;

/// <summary>A guarded script that runs away is stopped by its budget with an error naming strategy, callback and budget.</summary>
public sealed class ScriptBudgetBreachTests
{
    [Fact]
    public void An_infinite_loop_in_OnBar_is_stopped_by_the_CPU_budget()
    {
        var clock = Stopwatch.StartNew();
        var error = GuardedRun.Breach("Spinner", GuardedRun.Script("Spinner", "while (true) { }"));

        // Stopped soon after the limit (100-odd ms on a quiet machine; a loaded one can deschedule the thread). The wall
        // clock includes the compile, seconds on a loaded machine, so it only guards against a hang.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Matches(@"^[\d,]+ ms$", error.BudgetUsed);
        Assert.InRange(int.Parse(error.BudgetUsed![..^3].Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture), 100, 5_000);
        Assert.Equal("Spinner", error.Strategy);
        Assert.Equal("OnBar", error.Callback);
        Assert.Equal(ScriptBudgetKind.CallbackCpu, error.Budget);
        Assert.Equal("100 ms", error.BudgetLimit);
        Assert.StartsWith(
            "strategy Spinner failed in OnBar at 2024-01-02T21:00:00Z: ScriptBudgetExceededException: CPU time budget per callback exceeded: used ",
            error.Describe(), StringComparison.Ordinal);
        Assert.EndsWith(", limit 100 ms", error.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_CPU_budget_per_callback_is_configurable()
    {
        var clock = Stopwatch.StartNew();
        var error = GuardedRun.Breach("Spinner", GuardedRun.Script("Spinner", "for (int i = 0; ; i++) { }"),
            new ScriptBudgetLimits { CallbackTime = TimeSpan.FromMilliseconds(20) });

        Assert.Equal("20 ms", error.BudgetLimit);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void The_total_CPU_budget_stops_a_run_whose_callbacks_are_each_within_theirs()
    {
        // Each bar busy-waits 30 ms: far under its own 10 s, over a 50 ms total by the second bar (on a quiet machine;
        // a loaded one can stretch or, through other threads' GC pauses, shrink what is measured, so the bar is not pinned).
        const string busy = "var start = DateTime.UtcNow; while (DateTime.UtcNow - start < TimeSpan.FromMilliseconds(30)) { }";
        var error = GuardedRun.Breach("Busy", GuardedRun.Script("Busy", busy),
            new ScriptBudgetLimits { CallbackTime = TimeSpan.FromSeconds(10), TotalTime = TimeSpan.FromMilliseconds(50) });

        Assert.Equal(ScriptBudgetKind.TotalCpu, error.Budget);
        Assert.Equal("50 ms", error.BudgetLimit);
    }

    [Fact]
    public void Infinite_recursion_is_stopped_by_the_depth_budget_before_the_stack_overflows()
    {
        var error = GuardedRun.Breach("Recurser", GuardedRun.Script("Recurser", "Down(0);", "private int Down(int n) => Down(n + 1) + 1;"));

        Assert.Equal(ScriptBudgetKind.CallDepth, error.Budget);
        Assert.Equal("call depth budget exceeded: used 1,001 nested calls, limit 1,000 nested calls", error.Message);
        Assert.Equal("1,001 nested calls", error.BudgetUsed);
        Assert.Equal("OnBar", error.Callback);
    }

    [Fact]
    public void Recursion_through_a_property_and_a_lambda_is_counted_too()
    {
        var error = GuardedRun.Breach("Loopy", GuardedRun.Script("Loopy", "_ = Again;",
            "private Func<int> _f = null!; private int Again { get { _f = () => Again; return _f(); } }"),
            new ScriptBudgetLimits { MaxCallDepth = 50 });

        Assert.Equal(ScriptBudgetKind.CallDepth, error.Budget);
    }

    [Fact]
    public void Recursion_through_ToString_in_string_concatenation_is_counted_although_it_passes_through_the_runtime()
    {
        var error = GuardedRun.Breach("Stringer", GuardedRun.Script("Stringer", "Log(new Node().ToString());",
            "private sealed class Node { public override string ToString() => \"n\" + this; }"));

        Assert.Equal(ScriptBudgetKind.CallDepth, error.Budget);
    }

    [Fact]
    public void Recursion_through_a_comparer_that_List_Sort_wraps_at_every_level_is_stopped_at_the_default_depth_and_the_process_survives()
    {
        // Sort catches the breach and throws a new exception from its catch handler at each of the 1,000 levels: unwinding
        // that needs ~15 MB of stack, which the engine's script thread has.
        var error = GuardedRun.Breach("Sorter", GuardedRun.Script("Sorter", "new List<int> { 2, 1 }.Sort(new Cmp());",
            "private sealed class Cmp : IComparer<int> { public int Compare(int x, int y) { new List<int> { 2, 1 }.Sort(this); return x - y; } }"));

        Assert.Equal((ScriptBudgetKind.CallDepth, "1,001 nested calls"), (error.Budget, error.BudgetUsed));
    }

    [Fact]
    public void Iterators_nested_in_iterators_are_stopped_before_the_stack_overflows()
    {
        var error = GuardedRun.Breach("Nester", GuardedRun.Script("Nester", "foreach (var x in Deep()) { }",
            "private IEnumerable<int> Deep() { foreach (var x in Deep()) yield return x; yield return 1; }"));

        // Whichever comes first on this machine: the stack check of the iterators, or the time budget.
        Assert.Contains(error.Budget, new ScriptBudgetKind?[] { ScriptBudgetKind.CallDepth, ScriptBudgetKind.CallbackCpu });
    }

    [Fact]
    public void An_allocation_bomb_is_stopped_by_the_allocation_budget()
    {
        // A generous time budget: on a loaded machine 64 MB can take longer than 100 ms to allocate.
        var error = GuardedRun.Breach("Hoarder", GuardedRun.Script("Hoarder",
            "var keep = new List<byte[]>(); while (true) keep.Add(new byte[1 << 20]);"), new ScriptBudgetLimits { CallbackTime = TimeSpan.FromSeconds(30) });

        Assert.Equal(ScriptBudgetKind.CallbackAllocation, error.Budget);
        Assert.Equal("64.0 MB", error.BudgetLimit);
    }

    [Fact]
    public void A_catch_of_Exception_around_an_infinite_loop_does_not_swallow_the_breach()
    {
        var error = GuardedRun.Breach("Swallower", GuardedRun.Script("Swallower", """
            try { while (true) { } }
            catch (Exception) { }
            catch { }
            """));

        Assert.Equal(ScriptBudgetKind.CallbackCpu, error.Budget);
    }

    [Fact]
    public void A_catch_with_its_own_filter_or_a_finally_that_spins_or_throws_does_not_escape_either()
    {
        var error = GuardedRun.Breach("Stubborn", GuardedRun.Script("Stubborn", """
            try
            {
                try { while (true) { } }
                catch (Exception e) when (e.Message.Length > 0) { }
                finally { while (true) { } }
            }
            catch (Exception) { }
            finally { throw new InvalidOperationException("cover-up"); }
            """));

        Assert.Equal(ScriptBudgetKind.CallbackCpu, error.Budget);
    }

    [Fact]
    public void After_a_breach_the_next_run_on_the_thread_starts_with_fresh_budgets()
    {
        GuardedRun.Breach("Spinner", GuardedRun.Script("Spinner", "while (true) { }"));

        // Its constructor runs before any callback is armed: its catch still works; then the run completes.
        var result = GuardedRun.Run("Careful", """
            public sealed class Careful : Strategy
            {
                private readonly int _parsed;
                public Careful() { try { throw new FormatException(); } catch (FormatException) { _parsed = 1; } }
                public override void OnBar(in Bar bar) { for (int i = 0; i < 1000; i++) { try { throw new InvalidOperationException(); } catch { } } }
            }
            """, [TestBars.FromCloses(new("AAA"), 10m, 11m)]);

        Assert.Equal(2, result.BarsProcessed);
    }

    [Fact]
    public void Scheduled_callbacks_and_OnStart_run_under_the_budget_too()
    {
        var start = GuardedRun.Breach("Starter", """
            public sealed class Starter : Strategy
            {
                public override void OnStart() { int i = 0; do { i++; } while (i >= 0 || true); }
                public override void OnBar(in Bar bar) { }
            }
            """);
        var scheduled = GuardedRun.Breach("Scheduler", """
            public sealed class Scheduler : Strategy
            {
                public override void OnStart() => EveryBars(1, () => { label: goto label; });
                public override void OnBar(in Bar bar) { }
            }
            """);

        Assert.Equal("OnStart", start.Callback);
        Assert.Equal("scheduled callback", scheduled.Callback);
        Assert.Equal(ScriptBudgetKind.CallbackCpu, scheduled.Budget);
    }

    [Fact]
    public void A_trusted_compile_has_no_budget_checks()
    {
        // 150 ms in one callback: over the guarded default, fine for a trusted strategy.
        const string slow = "var start = DateTime.UtcNow; while (DateTime.UtcNow - start < TimeSpan.FromMilliseconds(150)) { }";
        var result = GuardedRun.Run("Slow", GuardedRun.Script("Slow", slow), [TestBars.FromCloses(new("AAA"), 10m)], guarded: false);

        Assert.Equal(1, result.BarsProcessed);
    }

    [Fact]
    public void Budgets_can_be_switched_off_in_the_options()
    {
        const string slow = "var start = DateTime.UtcNow; while (DateTime.UtcNow - start < TimeSpan.FromMilliseconds(150)) { }";
        var data = new[] { TestBars.FromCloses(new("AAA"), 10m) };
        var options = new BacktestOptions { ScriptBudgets = null };
        using var compiled = new OmniAlpha.Scripting.StrategyCompiler().Compile("strategies/Slow.cs", GuardedRun.Script("Slow", slow));

        var result = new BacktestEngine(options, new OmniAlpha.Plugins.Simulated.SimulatedExchange()).Run(compiled.CreateInstance(), data);

        Assert.Equal(1, result.BarsProcessed);
    }
}
