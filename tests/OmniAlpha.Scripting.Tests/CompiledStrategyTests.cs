using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace OmniAlpha.Scripting.Tests;

public sealed class CompiledStrategyTests
{
    private const string Source = """
        public sealed class Unloadable : Strategy
        {
            private readonly SimpleMovingAverage _sma = new(3);

            public override void OnStart() => _sma.Update(1.0);
        }
        """;

    [Fact]
    public void Unloading_frees_the_load_context_once_no_instance_is_referenced()
    {
        var context = CompileUseAndUnload(keepCompiledStrategy: null);

        Assert.True(IsCollected(context));
    }

    [Fact]
    public void Unloading_frees_the_load_context_even_while_the_compiled_strategy_is_still_referenced()
    {
        var holder = new List<CompiledStrategy>();
        var context = CompileUseAndUnload(keepCompiledStrategy: holder);

        Assert.True(IsCollected(context));
        Assert.True(holder[0].IsUnloaded);
        GC.KeepAlive(holder);
    }

    [Fact]
    public void An_unloaded_strategy_can_no_longer_be_instantiated()
    {
        var compiled = new StrategyCompiler().Compile("Unloadable.cs", Source);

        compiled.Dispose();
        compiled.Unload(); // idempotent

        Assert.True(compiled.IsUnloaded);
        Assert.Throws<ObjectDisposedException>(() => compiled.CreateInstance());
        Assert.Throws<ObjectDisposedException>(() => compiled.StrategyType);
        Assert.Throws<ObjectDisposedException>(() => compiled.Assembly);
        Assert.NotEmpty(compiled.SourceHash);
    }

    [Fact]
    public void The_load_context_is_collectible_and_named_after_the_script()
    {
        using var compiled = new StrategyCompiler().Compile("strategies/Unloadable.cs", Source);

        Assert.True(compiled.LoadContext.IsCollectible);
        Assert.Equal("strategies/Unloadable.cs", compiled.LoadContext.Name);
        Assert.IsType<StrategyLoadContext>(compiled.LoadContext);
    }

    [Fact]
    public void The_script_shares_the_hosts_sdk_types()
    {
        using var compiled = new StrategyCompiler().Compile("Unloadable.cs", Source);

        Assert.Same(typeof(OmniAlpha.Sdk.Strategies.Strategy), compiled.StrategyType.BaseType);
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(typeof(OmniAlpha.Indicators.IIndicator).Assembly));
        Assert.Same(compiled.LoadContext, AssemblyLoadContext.GetLoadContext(compiled.Assembly));
    }

    // Not inlined, so no local of this frame keeps the script's objects reachable from the caller.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CompileUseAndUnload(List<CompiledStrategy>? keepCompiledStrategy)
    {
        var compiled = new StrategyCompiler().Compile("Unloadable.cs", Source);
        var strategy = compiled.CreateInstance();
        strategy.OnStart();
        var context = new WeakReference(compiled.LoadContext);
        keepCompiledStrategy?.Add(compiled);
        compiled.Unload();
        return context;
    }

    private static bool IsCollected(WeakReference reference)
    {
        for (int i = 0; reference.IsAlive && i < 20; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return !reference.IsAlive;
    }
}
