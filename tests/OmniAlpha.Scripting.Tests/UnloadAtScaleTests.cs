using System.Diagnostics;
using System.Runtime.CompilerServices;
using OmniAlpha.Scripting.Caching;
using Xunit.Abstractions;

namespace OmniAlpha.Scripting.Tests;

/// <summary>
/// 1,000 compile-load-unload cycles do not grow memory: 100 distinct scripts are compiled (warm compiles, sandboxed),
/// the other 900 cycles load their cached images into fresh load contexts. Every cycle creates an instance and unloads.
/// Runs alone (its collection is not parallelized), so other tests' allocations do not move the heap it measures.
/// </summary>
[Collection(UnloadAtScaleCollection.Name)]
public sealed class UnloadAtScaleTests(ITestOutputHelper output)
{
    private const int Cycles = 1_000;
    private const int DistinctSources = 100;
    private const int CheckpointEvery = 100;

    private static string Source(int variant) => $$"""
        public sealed class Variant{{variant}} : Strategy
        {
            [Persist] private int _bars;
            private readonly List<double> _closes = new();
            public override void OnBar(in Bar bar) { _bars++; _closes.Add((double)bar.Close * {{variant}}); }
        }
        """;

    [Fact]
    public void A_thousand_compile_load_unload_cycles_do_not_grow_memory()
    {
        var cache = new StrategyCompileCache(directory: null, memoryCapacity: DistinctSources);
        var compiler = new StrategyCompiler(new StrategyCompilerOptions { Cache = cache });
        var managed = new List<long>();
        var live = new List<int>();
        var contexts = new List<WeakReference>(Cycles);
        var clock = Stopwatch.StartNew();

        for (int cycle = 1; cycle <= Cycles; cycle++)
        {
            contexts.Add(CompileLoadUnload(compiler, cycle % DistinctSources));
            if (cycle % CheckpointEvery != 0) continue;
            FullCollect();
            managed.Add(GC.GetTotalMemory(forceFullCollection: true));
            live.Add(contexts.Count(c => c.IsAlive));
            output.WriteLine($"cycle {cycle,5}: managed heap {managed[^1] / 1024.0:N0} KiB, live contexts of this test {live[^1]}, working set {Environment.WorkingSet / (1024 * 1024)} MiB, {clock.Elapsed.TotalSeconds:N1} s");
        }

        Assert.Equal(DistinctSources, cache.Misses);
        Assert.Equal(Cycles - DistinctSources, cache.MemoryHits);
        // Every context is collected: none survives its cycle by more than the collections of one checkpoint.
        Assert.All(live, count => Assert.True(count <= 2, $"{count} strategy contexts still alive"));
        // No upward trend once the compiler and the cache are warm (checkpoint 2 on): the heap at the end is within
        // 2 MiB of its size at cycle 200, and the last three checkpoints average no more than the three after warm-up.
        long afterWarmUp = managed[1];
        Assert.True(managed[^1] - afterWarmUp < 2 * 1024 * 1024,
            $"managed heap grew from {afterWarmUp / 1024} KiB to {managed[^1] / 1024} KiB: {string.Join(", ", managed.Select(m => m / 1024))}");
        Assert.True(managed.TakeLast(3).Average() <= managed.Skip(1).Take(3).Average() + 512 * 1024,
            $"managed heap trends upward: {string.Join(", ", managed.Select(m => m / 1024))} KiB");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CompileLoadUnload(StrategyCompiler compiler, int variant)
    {
        using var compiled = compiler.Compile($"Variant{variant}.cs", Source(variant));
        var strategy = compiled.CreateInstance();
        Assert.Equal($"Variant{variant}", strategy.Name);
        return new WeakReference(compiled.LoadContext);
    }

    private static void FullCollect()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }
}
