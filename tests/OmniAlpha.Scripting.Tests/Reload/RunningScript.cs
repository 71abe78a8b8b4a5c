using System.Runtime.CompilerServices;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Kernel.Results;
using OmniAlpha.Plugins.SampleData;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Scripting.Caching;
using OmniAlpha.Scripting.Reload;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Scripting.Tests.Reload;

/// <summary>
/// A strategy script running in the real engine on its own thread, watched by a <see cref="StrategyHotReloader"/>.
/// Nothing here keeps the first version's instance or compiled handle, so tests can watch it unload.
/// </summary>
internal sealed class RunningScript : IDisposable
{
    private readonly Thread _engineThread;
    private readonly EngineJob _job;
    private readonly System.Collections.Concurrent.BlockingCollection<StrategyReloadResult> _results = new();

    private RunningScript(string path, StrategyHotReloader reloader, StrategyHotSwap hotSwap, GatedLogger log, EngineJob job, WeakReference firstContext)
    {
        Path = path;
        Reloader = reloader;
        HotSwap = hotSwap;
        Log = log;
        _job = job;
        FirstContext = firstContext;
        reloader.Reloaded += _results.Add;
        log.FirstMessage += job.ReleaseFirst;
        _engineThread = new Thread(EngineJob.Run) { IsBackground = true, Name = "engine" };
        _engineThread.Start(job);
    }

    public string Path { get; }
    public StrategyHotReloader Reloader { get; }
    public StrategyHotSwap HotSwap { get; }
    public GatedLogger Log { get; }

    /// <summary>The load context of the version the run started with.</summary>
    public WeakReference FirstContext { get; }

    /// <summary>Compiles <paramref name="source"/> into <paramref name="directory"/>/Reloadable.cs and starts it; the logger
    /// pauses the engine at the first message containing <paramref name="pauseAt"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static RunningScript Start(string directory, string source, string pauseAt, int bars = 40, StrategyCompileCache? cache = null)
    {
        string path = System.IO.Path.Combine(directory, "Reloadable.cs");
        File.WriteAllText(path, source);
        var compiler = new StrategyCompiler(new StrategyCompilerOptions { Cache = cache ?? new StrategyCompileCache(null) });
        var compiled = compiler.Compile(path);
        var log = new GatedLogger();
        log.PauseAt(pauseAt);
        var hotSwap = new StrategyHotSwap();
        // Budgets off: the test holds the engine inside a callback for as long as it needs, which a budget would count.
        var engine = new BacktestEngine(new BacktestOptions { HotSwap = hotSwap, Logger = log, ScriptBudgets = null }, new SimulatedExchange());
        var job = new EngineJob(engine, compiled.CreateInstance(), [SampleBarGenerator.Generate("ALFA", bars, seed: 11)]);
        var reloader = new StrategyHotReloader(path, compiled, hotSwap, compiler, log, TimeSpan.FromMilliseconds(100));
        return new RunningScript(path, reloader, hotSwap, log, job, new WeakReference(compiled.LoadContext));
    }

    /// <summary>Saves <paramref name="source"/> the way many editors do: write a temporary file, rename it over the script.</summary>
    public void Edit(string source)
    {
        string temporary = Path + ".tmp~";
        File.WriteAllText(temporary, source);
        File.Move(temporary, Path, overwrite: true);
    }

    public StrategyReloadResult NextResult() =>
        _results.TryTake(out var result, TimeSpan.FromSeconds(60)) ? result : throw new TimeoutException("no reload result within 60 s");

    public void WaitUntilPosted()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!HotSwap.HasPending)
        {
            if (_results.FirstOrDefault() is { } failure) Assert.Fail($"the reload did not post: {failure.Status}: {string.Join(" | ", failure.Diagnostics)}");
            Assert.True(DateTime.UtcNow < deadline, "the watcher did not post the new version within 60 s");
            Thread.Sleep(10);
        }
    }

    public BacktestResult Finish()
    {
        Assert.True(_engineThread.Join(TimeSpan.FromSeconds(60)), "the run did not finish");
        if (_job.Error is { } error) throw new InvalidOperationException("the run failed", error);
        return _job.Result!;
    }

    /// <summary>Full collections until <paramref name="reference"/> is dead (a context needs a few to unload).</summary>
    public static bool IsCollected(WeakReference reference)
    {
        for (int i = 0; i < 20 && reference.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return !reference.IsAlive;
    }

    /// <summary>Load contexts of versions of this script still alive after full collections.</summary>
    public int LiveVersions()
    {
        for (int i = 0; i < 5; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return System.Runtime.Loader.AssemblyLoadContext.All.Count(c => c.Name == Path);
    }

    public void Dispose()
    {
        Reloader.Dispose();
        _engineThread.Join(TimeSpan.FromSeconds(5));
    }

    /// <summary>
    /// The engine thread's state. The strategy is passed to the engine straight from a field (a call's result passed as
    /// an argument would sit in a hidden slot of this unoptimized frame for the whole run) and the field is cleared once
    /// the strategy has logged, so no frame or object of the harness keeps the first version.
    /// </summary>
    private sealed class EngineJob(BacktestEngine engine, Strategy first, BarSeries[] data)
    {
        private readonly BacktestEngine _engine = engine;
        private readonly BarSeries[] _data = data;
        private Strategy? _first = first;

        public BacktestResult? Result { get; private set; }
        public Exception? Error { get; private set; }

        public static void Run(object? state) => ((EngineJob)state!).RunOnce();

        /// <summary>Called once the engine runs the strategy (it holds it from then on).</summary>
        public void ReleaseFirst() => _first = null;

        private void RunOnce()
        {
            try { Result = _engine.Run(_first!, _data); }
            catch (Exception e) { Error = e; }
        }
    }
}
