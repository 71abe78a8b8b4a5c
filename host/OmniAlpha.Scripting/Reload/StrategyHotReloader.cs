using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Scripting.Persistence;

namespace OmniAlpha.Scripting.Reload;

/// <summary>
/// Hot reload of one running strategy script: watches its source file (<see cref="DebouncedFileWatcher"/>), compiles
/// each saved version (through the compiler's cache, if it has one) on the watcher's thread, and posts it to the run's
/// <see cref="StrategyHotSwap"/>, which swaps it in on the engine thread at the next time-step boundary, carrying the
/// <c>[Persist]</c> fields over (<see cref="PersistentState.Transfer"/>). On success the old version is unloaded; on
/// failure (compile or sandbox errors, an exception creating or starting the new version, a <c>[Persist]</c> field
/// whose type changed) the old version keeps running and the diagnostics are logged and reported. Every attempt is
/// logged with the old and new short source hash, and raised as <see cref="Reloaded"/>.
/// </summary>
/// <remarks>
/// The reloader owns the running <see cref="CompiledStrategy"/> from construction on (<see cref="Current"/>) and unloads
/// it when replaced or when disposed. The host must not keep the running strategy instance itself, or the old version
/// cannot be unloaded after a swap.
/// </remarks>
public sealed class StrategyHotReloader : IDisposable
{
    private readonly StrategyCompiler _compiler;
    private readonly StrategyHotSwap _hotSwap;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly DebouncedFileWatcher? _watcher;
    private volatile CompiledStrategy _current;
    private string? _lastPostedHash;
    private bool _disposed;

    /// <summary>Starts watching <paramref name="path"/>, whose version <paramref name="running"/> is running in the run of <paramref name="hotSwap"/>.</summary>
    /// <param name="path">The script file.</param>
    /// <param name="running">The compiled version that runs now; the reloader takes it over.</param>
    /// <param name="hotSwap">The run's hot swap (<see cref="BacktestOptions.HotSwap"/>).</param>
    /// <param name="compiler">Compiles new versions (give it a cache to make unchanged restarts cheap).</param>
    /// <param name="logger">Where reloads are logged.</param>
    /// <param name="quietPeriod">Debounce of the file watcher (default <see cref="DebouncedFileWatcher.DefaultQuietPeriod"/>).</param>
    /// <param name="watch">False: no file watcher, reload only through <see cref="ReloadNow"/>.</param>
    public StrategyHotReloader(string path, CompiledStrategy running, StrategyHotSwap hotSwap, StrategyCompiler compiler,
        ILogger? logger = null, TimeSpan? quietPeriod = null, bool watch = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(running);
        ArgumentNullException.ThrowIfNull(hotSwap);
        ArgumentNullException.ThrowIfNull(compiler);
        Path = path;
        _current = running;
        _hotSwap = hotSwap;
        _compiler = compiler;
        _logger = logger ?? NullLogger.Instance;
        _lastPostedHash = running.SourceHash;
        if (watch)
        {
            _watcher = new DebouncedFileWatcher(path, quietPeriod);
            _watcher.Changed += () => ReloadNow();
        }
    }

    /// <summary>The script file, as given.</summary>
    public string Path { get; }

    /// <summary>The version that runs now.</summary>
    public CompiledStrategy Current => _current;

    /// <summary>Raised for every attempt that got past "unchanged": on the watcher's thread for compile failures, on the engine thread otherwise.</summary>
    public event Action<StrategyReloadResult>? Reloaded;

    /// <summary>
    /// Reads and compiles the file now and posts the new version; returns false when nothing was posted (the source is
    /// unchanged since the last posted version, or it failed to compile: see <see cref="Reloaded"/>).
    /// </summary>
    public bool ReloadNow()
    {
        lock (_gate)
        {
            if (_disposed) return false;
            var clock = Stopwatch.StartNew();
            string from = _current.ShortHash;
            string source;
            try
            {
                source = ReadWhenWritable(Path);
            }
            catch (IOException e)
            {
                Report(new StrategyReloadResult(Path, StrategyReloadStatus.CompileFailed, from, null, [$"{Path}: error: cannot read the file: {e.Message}"], clock.Elapsed));
                return false;
            }
            string hash = ContentHash.Of(source);
            if (hash == _lastPostedHash) return false;
            string to = hash[..12];

            CompiledStrategy compiled;
            try
            {
                compiled = _compiler.Compile(Path, source);
            }
            catch (StrategyCompilationException e)
            {
                _lastPostedHash = hash; // the same broken text is not compiled again on the next event
                Report(new StrategyReloadResult(Path, StrategyReloadStatus.CompileFailed, from, to, e.Diagnostics, clock.Elapsed));
                return false;
            }
            foreach (string warning in compiled.Warnings) _logger.LogWarning("{Warning}", warning);

            OmniAlpha.Sdk.Strategies.Strategy instance;
            try
            {
                instance = compiled.CreateInstance();
            }
            catch (Exception e)
            {
                compiled.Unload();
                _lastPostedHash = hash;
                Report(new StrategyReloadResult(Path, StrategyReloadStatus.StartFailed, from, to, [$"{Path}: error: the constructor threw {e.GetType().Name}: {e.Message}"], clock.Elapsed));
                return false;
            }
            _lastPostedHash = hash;
            _hotSwap.Post(new StrategyReplacement(instance, from, to)
            {
                TransferState = static (old, next) => PersistentState.Transfer(old, next),
                Completed = outcome => OnCompleted(outcome.Status, outcome.Error, compiled, from, to, clock),
            });
            _logger.LogInformation("Hot reload of {Path}: version {To} compiled{Cached} in {Elapsed} ms, waiting for the next time step",
                Path, to, compiled.FromCache ? " (cached)" : "", clock.ElapsedMilliseconds);
            return true;
        }
    }

    /// <summary>Stops watching and unloads the current version (call after the run ended).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
        }
        _watcher?.Dispose();
        _current.Unload();
    }

    /// <summary>Runs on the engine thread (or the posting thread when superseded).</summary>
    private void OnCompleted(Kernel.Engine.StrategyReplacementStatus status, Exception? error, CompiledStrategy compiled, string from, string to, Stopwatch clock)
    {
        switch (status)
        {
            case Kernel.Engine.StrategyReplacementStatus.Applied:
                var old = _current;
                _current = compiled;
                old.Unload();
                Report(new StrategyReloadResult(Path, StrategyReloadStatus.Applied, from, to, [], clock.Elapsed));
                break;
            case Kernel.Engine.StrategyReplacementStatus.Superseded:
                compiled.Unload();
                Report(new StrategyReloadResult(Path, StrategyReloadStatus.Superseded, from, to, [], clock.Elapsed));
                break;
            default:
                compiled.Unload();
                string message = error is null ? "unknown error" : $"{error.GetType().Name}: {error.Message}";
                Report(new StrategyReloadResult(Path, StrategyReloadStatus.StartFailed, from, to, [$"{Path}: error: {message}"], clock.Elapsed));
                break;
        }
    }

    private void Report(StrategyReloadResult result)
    {
        switch (result.Status)
        {
            case StrategyReloadStatus.Applied:
                _logger.LogInformation("Reloaded {Path}: version {From} -> {To} in {Latency} ms", result.Path, result.FromVersion, result.ToVersion,
                    (long)result.Latency.TotalMilliseconds);
                break;
            case StrategyReloadStatus.Superseded:
                _logger.LogInformation("Reload of {Path} to version {To} superseded by a newer edit", result.Path, result.ToVersion);
                break;
            default:
                _logger.LogError("Reload of {Path} from version {From} to {To} failed ({Status}); version {From} keeps running:{NewLine}{Diagnostics}",
                    result.Path, result.FromVersion, result.ToVersion ?? "?", result.Status, result.FromVersion, Environment.NewLine,
                    string.Join(Environment.NewLine, result.Diagnostics));
                break;
        }
        try { Reloaded?.Invoke(result); }
        catch (Exception e) { _logger.LogWarning(e, "A Reloaded handler threw; ignored"); }
    }

    /// <summary>Reads the file, retrying briefly while an editor still holds it open for writing.</summary>
    private static string ReadWhenWritable(string path)
    {
        for (int attempt = 0; ; attempt++)
        {
            try { return File.ReadAllText(path); }
            catch (IOException) when (attempt < 10 && File.Exists(path)) { Thread.Sleep(20); }
        }
    }
}
