using OmniAlpha.Scripting.Reload;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Scripting.Tests.Reload;

/// <summary>
/// Hot reload end to end: a guarded script runs in the real engine, the test pauses it inside OnBar at a known bar,
/// rewrites the source file, lets the watcher compile and post the new version, and resumes the engine.
/// </summary>
public sealed class HotReloadTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("omnialpha-reload-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Version <paramref name="version"/> of the test strategy; <paramref name="extra"/> is added to OnBar.</summary>
    private static string Source(string version, string extra = "", string onStart = "") => $$"""
        public sealed class Reloadable : Strategy
        {
            [Persist] private int _bars;
            [Persist] private decimal _lastClose;
            private int _sinceStart;

            public override void OnStart()
            {
                {{onStart}}
                Log($"start {{version}} reload={IsReload} bars={_bars} last={_lastClose}");
            }

            public override void OnBar(in Bar bar)
            {
                _bars++;
                _sinceStart++;
                _lastClose = bar.Close;
                if (_bars == 3) Buy(bar.Symbol, 10);
                if (_bars == 4) LimitOrder(bar.Symbol, 5, 1m);
                {{extra}}
                Log($"{{version}} bar {_bars} since start {_sinceStart} ");
            }
        }
        """;

    [Fact]
    public void An_edited_script_is_swapped_in_at_the_next_step_keeping_persisted_fields_orders_and_positions()
    {
        using var run = RunningScript.Start(_directory, Source("v1"), pauseAt: "v1 bar 10 ");
        string v1 = run.Reloader.Current.ShortHash;
        run.Log.WaitUntilPaused();

        run.Edit(Source("v2", extra: "if (_bars == 12) Buy(bar.Symbol, 7);"));
        run.WaitUntilPosted();
        run.Log.PauseAt("v2 bar 20 ");
        run.Log.Resume();
        var applied = run.NextResult();
        run.Log.WaitUntilPaused();
        bool firstVersionUnloaded = RunningScript.IsCollected(run.FirstContext); // while v2 runs
        run.Log.Resume();
        var result = run.Finish();

        Assert.Equal(StrategyReloadStatus.Applied, applied.Status);
        string v2 = applied.ToVersion!;
        Assert.Equal(v1, applied.FromVersion);
        Assert.Equal(v2, run.Reloader.Current.ShortHash);
        Assert.True(firstVersionUnloaded, "the first version's load context was not collected after the swap; after the run: " + RunningScript.IsCollected(run.FirstContext));
        // The swap happened between bar 10 and bar 11: v2 continues the persisted counter, its own field starts fresh.
        Assert.True(run.Log.Contains("v1 bar 10 since start 10 "));
        Assert.False(run.Log.Contains("v1 bar 11 "));
        Assert.True(run.Log.Contains("start v2 reload=True bars=10 last="));
        Assert.True(run.Log.Contains("v2 bar 11 since start 1 "));
        Assert.True(run.Log.Contains("v2 bar 40 since start 30 "));
        // Kernel state: v1's filled buy and open limit order, then v2's buy continuing the order-id sequence.
        Assert.Equal([1L, 2L, 3L], result.Orders.Select(o => o.OrderId));
        Assert.Equal(OrderStatus.Filled, result.Orders[0].Status);
        Assert.Equal(OrderStatus.Accepted, result.Orders[1].Status);
        Assert.Equal("Reloadable-3", result.Orders[2].ClientOrderId);
        Assert.Equal(17m, result.Positions.Single().Quantity);
        // Both versions are named in the log.
        Assert.True(run.Log.Contains($"version {v1} replaced by {v2}"), "the kernel logs the swap with both hashes");
        Assert.True(run.Log.Contains($"Reloaded {run.Path}: version {v1} -> {v2}"), "the reloader logs both hashes");
    }

    [Fact]
    public void A_version_that_does_not_compile_is_reported_and_the_old_one_keeps_running()
    {
        using var run = RunningScript.Start(_directory, Source("v1"), pauseAt: "v1 bar 5 ");
        run.Log.WaitUntilPaused();

        run.Edit(Source("v2", extra: "int broken = ;"));
        var failed = run.NextResult();
        run.Log.Resume();
        var result = run.Finish();

        Assert.Equal(StrategyReloadStatus.CompileFailed, failed.Status);
        Assert.Contains(failed.Diagnostics, d => d.Contains("Reloadable.cs(", StringComparison.Ordinal) && d.Contains("error CS1525", StringComparison.Ordinal));
        Assert.True(run.Log.Contains("v1 bar 40 since start 40 "));
        Assert.False(run.HotSwap.HasPending);
        Assert.Equal(0, run.HotSwap.Applied);
        Assert.True(run.Log.Contains("failed (CompileFailed); version"));
        Assert.Equal(40, result.BarsProcessed);
    }

    [Fact]
    public void A_version_that_breaks_a_sandbox_rule_is_rejected()
    {
        using var run = RunningScript.Start(_directory, Source("v1"), pauseAt: "v1 bar 5 ");
        run.Log.WaitUntilPaused();

        run.Edit(Source("v2", extra: "System.IO.File.Delete(\"x\");"));
        var failed = run.NextResult();
        run.Log.Resume();
        run.Finish();

        Assert.Equal(StrategyReloadStatus.CompileFailed, failed.Status);
        Assert.Contains(failed.Diagnostics, d => d.Contains("error OA0101", StringComparison.Ordinal));
        Assert.True(run.Log.Contains("v1 bar 40 "));
    }

    [Fact]
    public void A_version_whose_OnStart_throws_is_rejected_at_the_boundary_and_the_old_one_keeps_running()
    {
        using var run = RunningScript.Start(_directory, Source("v1"), pauseAt: "v1 bar 5 ");
        run.Log.WaitUntilPaused();

        run.Edit(Source("v2", onStart: "if (IsReload) throw new InvalidOperationException(\"not today\");"));
        run.WaitUntilPosted();
        run.Log.Resume();
        var failed = run.NextResult();
        run.Finish();

        Assert.Equal(StrategyReloadStatus.StartFailed, failed.Status);
        Assert.Contains("InvalidOperationException: not today", Assert.Single(failed.Diagnostics), StringComparison.Ordinal);
        Assert.True(run.Log.Contains("v1 bar 40 since start 40 "));
        Assert.False(run.Log.Contains("v2 bar"));
        Assert.Equal(1, run.LiveVersions()); // the rejected version was unloaded; only the running one is left
    }

    [Fact]
    public void A_persisted_field_whose_type_changed_fails_the_reload()
    {
        using var run = RunningScript.Start(_directory, Source("v1"), pauseAt: "v1 bar 5 ");
        run.Log.WaitUntilPaused();

        run.Edit(Source("v2").Replace("[Persist] private int _bars;", "[Persist] private long _bars;", StringComparison.Ordinal));
        run.WaitUntilPosted();
        run.Log.Resume();
        var failed = run.NextResult();
        run.Finish();

        Assert.Equal(StrategyReloadStatus.StartFailed, failed.Status);
        Assert.Contains("changed type from System.Int32 to System.Int64", Assert.Single(failed.Diagnostics), StringComparison.Ordinal);
        Assert.True(run.Log.Contains("v1 bar 40 since start 40 "));
        Assert.Equal(1, run.LiveVersions());
    }

    [Fact]
    public void Saving_the_same_text_again_does_not_reload()
    {
        using var run = RunningScript.Start(_directory, Source("v1"), pauseAt: "v1 bar 5 ");
        run.Log.WaitUntilPaused();

        run.Edit(Source("v1"));
        Thread.Sleep(600); // several quiet periods
        bool posted = run.HotSwap.HasPending;
        run.Log.Resume();
        run.Finish();

        Assert.False(posted);
        Assert.Equal(0, run.HotSwap.Applied);
    }
}
