namespace OmniAlpha.Scripting.Reload;

/// <summary>
/// Watches one file and reports a change once it has been quiet for a while. Editors save in bursts (several writes,
/// or a temporary file renamed over the original, which shows up as delete, create and rename events); every event
/// restarts the quiet period, so a burst becomes one <see cref="Changed"/>. Handlers run one at a time on a thread-pool
/// thread; a burst during a handler produces one more call after it.
/// </summary>
public sealed class DebouncedFileWatcher : IDisposable
{
    /// <summary>The default quiet period: long enough for editor save patterns, short enough to feel immediate.</summary>
    public static readonly TimeSpan DefaultQuietPeriod = TimeSpan.FromMilliseconds(250);

    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;
    private readonly TimeSpan _quietPeriod;
    private readonly Lock _handlerGate = new();
    private readonly string _fileName;
    private long _events;
    private bool _disposed;

    /// <summary>Starts watching <paramref name="path"/> (its folder must exist; the file may come and go).</summary>
    public DebouncedFileWatcher(string path, TimeSpan? quietPeriod = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string fullPath = System.IO.Path.GetFullPath(path);
        Path = fullPath;
        _fileName = System.IO.Path.GetFileName(fullPath);
        _quietPeriod = quietPeriod ?? DefaultQuietPeriod;
        _timer = new Timer(_ => OnQuiet(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(System.IO.Path.GetDirectoryName(fullPath)!)
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
        };
        _watcher.Changed += OnEvent;
        _watcher.Created += OnEvent;
        _watcher.Deleted += OnEvent;
        _watcher.Renamed += OnEvent;
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>The watched file (absolute).</summary>
    public string Path { get; }

    /// <summary>Raised once per burst of changes, after <c>quietPeriod</c> without another.</summary>
    public event Action? Changed;

    /// <summary>File-system events seen for the file so far (a burst counts each).</summary>
    public long EventCount => Interlocked.Read(ref _events);

    /// <summary>Stops watching; a pending notification is dropped.</summary>
    public void Dispose()
    {
        lock (_handlerGate)
        {
            _disposed = true;
        }
        _watcher.Dispose();
        _timer.Dispose();
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        // The folder's other files (an editor's temporary file included) only count when renamed onto ours.
        bool ours = string.Equals(e.Name, _fileName, StringComparison.Ordinal)
            || (e is RenamedEventArgs renamed && string.Equals(renamed.Name, _fileName, StringComparison.Ordinal));
        if (!ours) return;
        Interlocked.Increment(ref _events);
        try { _timer.Change(_quietPeriod, Timeout.InfiniteTimeSpan); }
        catch (ObjectDisposedException) { }
    }

    private void OnQuiet()
    {
        lock (_handlerGate)
        {
            if (_disposed) return;
            Changed?.Invoke();
        }
    }
}
