using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OmniAlpha.PluginHost.Loading;

/// <summary>
/// Watches the plugins folder and calls back once per plugin folder after its files have been quiet for the debounce
/// time, so a deployment (ideally: copy to <c>.staging</c>, then rename; or write <c>x.dll.tmp</c>, then rename over
/// <c>x.dll</c>) triggers one reload, not one per file event. Names starting with '.' and files ending in <c>.tmp</c>
/// are ignored.
/// </summary>
internal sealed class PluginDirectoryWatcher : IDisposable
{
    private readonly string _root;
    private readonly TimeSpan _debounce;
    private readonly Func<string, Task> _onChanged;
    private readonly ILogger _log;
    private readonly FileSystemWatcher _watcher;
    private readonly ConcurrentDictionary<string, Timer> _pending = new(StringComparer.Ordinal);
    private bool _disposed;

    public PluginDirectoryWatcher(string root, TimeSpan debounce, Func<string, Task> onChanged, ILogger log)
    {
        _root = root;
        _debounce = debounce;
        _onChanged = onChanged;
        _log = log;
        _watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Created += (_, e) => Touch(e.FullPath);
        _watcher.Changed += (_, e) => Touch(e.FullPath);
        _watcher.Deleted += (_, e) => Touch(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Touch(e.OldFullPath);
            Touch(e.FullPath);
        };
        _watcher.Error += (_, e) => _log.LogWarning("plugin folder watcher error: {Error}", e.GetException().Message);
        _watcher.EnableRaisingEvents = true;
    }

    private void Touch(string path)
    {
        string relative = Path.GetRelativePath(_root, path);
        if (relative.StartsWith("..", StringComparison.Ordinal) || relative == ".") return;
        string[] parts = relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].StartsWith('.')) return;
        if (parts.Length > 1 && (parts[^1].StartsWith('.') || parts[^1].EndsWith(".tmp", StringComparison.OrdinalIgnoreCase))) return;
        string id = parts[0];
        lock (_pending)
        {
            if (_disposed) return;
            var timer = _pending.GetOrAdd(id, key => new Timer(_ => Fire(key)));
            timer.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire(string id)
    {
        lock (_pending)
        {
            if (_pending.TryRemove(id, out var timer)) timer.Dispose();
        }
        _ = RunAsync(id);
    }

    private async Task RunAsync(string id)
    {
        try
        {
            await _onChanged(id).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _log.LogError("reloading plugin {Id} failed: {Error}", id, e.Message);
        }
    }

    public void Dispose()
    {
        lock (_pending)
        {
            _disposed = true;
            _watcher.Dispose();
            foreach (var timer in _pending.Values) timer.Dispose();
            _pending.Clear();
        }
    }
}
