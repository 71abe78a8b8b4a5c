using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OmniAlpha.PluginHost.Manifest;
using OmniAlpha.Sdk;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.PluginHost.Loading;

/// <summary>
/// The plugins of one host: discovers <c>&lt;Directory&gt;/&lt;id&gt;/</c> folders, loads each (see <see cref="PluginActivator"/>),
/// checks its manifest and SDK compatibility, starts it with its configuration section <c>Plugins:&lt;id&gt;</c>, and hands
/// out <see cref="PluginHandle{T}"/>s. A plugin that fails at any step is disabled or refused and reported in
/// <see cref="Plugins"/>; the host carries on. Reloading a plugin loads the new version first and swaps it in only
/// when it loaded; a failed reload leaves the old version running.
/// </summary>
public sealed class PluginRegistry : IAsyncDisposable, IDisposable
{
    private readonly PluginHostOptions _options;
    private readonly IConfiguration _configuration;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _log;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, PluginSlot> _slots = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<WeakReference> _retired = new();
    private PluginDirectoryWatcher? _watcher;
    private bool _disposed;

    /// <summary>Creates an empty registry; call <see cref="LoadAllAsync"/>.</summary>
    public PluginRegistry(PluginHostOptions options, IConfiguration configuration, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options with { Directory = Path.GetFullPath(options.Directory) };
        _configuration = configuration;
        _loggers = loggers;
        _log = loggers.CreateLogger("OmniAlpha.Plugins");
    }

    /// <summary>The absolute plugins folder.</summary>
    public string Directory => _options.Directory;

    /// <summary>Every plugin found, by id.</summary>
    public IReadOnlyList<PluginStatus> Plugins => _slots.Values.Select(s => s.Status).OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();

    /// <summary>Raised after a plugin was loaded, reloaded, disabled, refused or removed.</summary>
    public event EventHandler<PluginStatus>? Changed;

    /// <summary>Load contexts of unloaded versions, for tests and diagnostics: each becomes dead once collected.</summary>
    internal IReadOnlyCollection<WeakReference> RetiredContexts => _retired;

    /// <summary>The status of plugin <paramref name="id"/>, or null when there is no such plugin.</summary>
    public PluginStatus? Status(string id) => _slots.TryGetValue(id, out var slot) ? slot.Status : null;

    /// <summary>A handle to plugin <paramref name="id"/>'s <typeparamref name="T"/>; resolved on each use.</summary>
    public PluginHandle<T> GetHandle<T>(string id) where T : class => new(this, id);

    /// <summary>Ids of the loaded plugins that provide <typeparamref name="T"/>.</summary>
    public IReadOnlyList<string> Providing<T>() where T : class =>
        _slots.Values.Where(s => s.Active?.Find<T>() is not null).Select(s => s.Status.Id).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Loads every plugin folder (folders whose name starts with '.' are staging areas and skipped), then starts watching when configured.</summary>
    public async Task LoadAllAsync(CancellationToken cancellationToken = default)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            _log.LogWarning("plugins folder {Directory} does not exist; no plugins loaded", Directory);
        }
        else
        {
            foreach (string folder in System.IO.Directory.GetDirectories(Directory).Order(StringComparer.Ordinal))
            {
                if (!Path.GetFileName(folder).StartsWith('.')) await LoadAsync(folder, cancellationToken).ConfigureAwait(false);
            }
        }
        if (_options.WatchForChanges && _watcher is null && System.IO.Directory.Exists(Directory))
            _watcher = new PluginDirectoryWatcher(Directory, _options.ReloadDebounce, OnFolderChangedAsync, _log);
    }

    /// <summary>
    /// Loads plugin <paramref name="id"/> from <c>&lt;Directory&gt;/&lt;id&gt;/</c> unless it is already known; for a process
    /// (like a backtest) that should start only the plugins it uses. Null when there is no such folder.
    /// </summary>
    public async Task<PluginStatus?> EnsureLoadedAsync(string id, CancellationToken cancellationToken = default)
    {
        if (_slots.TryGetValue(id, out var slot)) return slot.Status;
        if (id.StartsWith('.') || id.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || id.Contains("..", StringComparison.Ordinal)) return null;
        string folder = Path.Combine(Directory, id);
        return System.IO.Directory.Exists(folder) ? await LoadAsync(folder, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>Loads (or reloads) the plugin in <paramref name="folder"/>; never throws for a bad plugin.</summary>
    public async Task<PluginStatus> LoadAsync(string folder, CancellationToken cancellationToken = default)
    {
        folder = Path.GetFullPath(folder);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var status = await LoadLockedAsync(folder, cancellationToken).ConfigureAwait(false);
            Changed?.Invoke(this, status);
            return status;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops and unloads plugin <paramref name="id"/> and forgets it.</summary>
    public async Task UnloadAsync(string id)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!_slots.TryRemove(id, out var slot)) return;
            if (slot.Active is { } active)
            {
                await active.StopAsync(_options.StartStopTimeout, _log).ConfigureAwait(false);
                _retired.Enqueue(active.Unload());
            }
            _log.LogInformation("plugin {Id} unloaded", id);
            Changed?.Invoke(this, slot.Status);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The instance of plugin <paramref name="id"/> serving <typeparamref name="T"/> now, and its generation.</summary>
    /// <exception cref="PluginUnavailableException">Not loaded, or it does not provide <typeparamref name="T"/>.</exception>
    internal (T Instance, int Generation) Resolve<T>(string id) where T : class
    {
        if (!_slots.TryGetValue(id, out var slot))
            throw new PluginUnavailableException(id, $"plugin '{id}' is not installed in {Directory}");
        if (slot.Active is not { } active)
        {
            bool reloading = slot.Status.State == PluginState.Loaded;
            throw new PluginUnavailableException(id, reloading
                ? $"plugin '{id}' is being reloaded ({slot.Status.Error})"
                : $"plugin '{id}' is {slot.Status.State.ToString().ToLowerInvariant()}: {slot.Status.Error}", reloading);
        }
        var instance = active.Find<T>() ?? throw new PluginUnavailableException(id, $"plugin '{id}' does not provide {typeof(T).Name}");
        return (instance, slot.Status.Generation);
    }

    /// <summary>Stops and unloads every plugin.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        _watcher?.Dispose();
        foreach (string id in _slots.Keys.ToArray()) await UnloadAsync(id).ConfigureAwait(false);
        _gate.Dispose();
    }

    /// <summary>Stops and unloads every plugin (blocking; for containers that dispose synchronously).</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task<PluginStatus> LoadLockedAsync(string folder, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        string id = Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar));
        _slots.TryGetValue(id, out var previous);

        PluginManifest manifest;
        try
        {
            manifest = PluginManifestReader.Read(folder);
        }
        catch (PluginManifestException e)
        {
            return Fail(id, folder, null, PluginState.Refused, e.Message, previous, clock);
        }
        if (SdkCompatibility.Refusal(manifest, SdkVersion.Current) is { } refusal)
            return Fail(id, folder, manifest, PluginState.Refused, refusal, previous, clock);

        LoadedPlugin next;
        try
        {
            next = PluginActivator.Load(manifest);
            CheckKinds(next);
        }
        catch (Exception e)
        {
            return Fail(id, folder, manifest, PluginState.Disabled, "load failed: " + Describe(e), previous, clock);
        }

        int generation = (previous?.Status.Generation ?? 0) + 1;
        if (previous?.Active is { } old)
        {
            // Between stopping the old version and starting the new one nothing serves calls; guarded callers retry.
            _slots[id] = previous with { Active = null, Status = previous.Status with { Error = $"reloading {manifest.Version}" } };
            await old.StopAsync(_options.StartStopTimeout, _log).ConfigureAwait(false);
            _retired.Enqueue(old.Unload());
        }
        var logger = _loggers.CreateLogger("Plugin:" + id);
        var context = new PluginContext(id, manifest.Version, _configuration.GetSection("Plugins").GetSection(id), logger);
        foreach (var entry in next.Entries)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(_options.StartStopTimeout);
                await entry.StartAsync(context, timeout.Token).WaitAsync(_options.StartStopTimeout, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                await next.StopAsync(_options.StartStopTimeout, _log).ConfigureAwait(false);
                _retired.Enqueue(next.Unload());
                string error = e is PluginConfigurationException config
                    ? "invalid configuration: " + string.Join("; ", config.Problems)
                    : $"{entry.GetType().Name}.StartAsync failed: {Describe(e)}";
                var disabled = new PluginStatus(id, folder, manifest, PluginState.Disabled, error, generation, clock.Elapsed);
                _slots[id] = new PluginSlot(disabled, null);
                _log.LogError("plugin {Id} {Version} disabled: {Error}", id, manifest.Version, error);
                return disabled;
            }
        }
        var loaded = new PluginStatus(id, folder, manifest, PluginState.Loaded, null, generation, clock.Elapsed);
        _slots[id] = new PluginSlot(loaded, next);
        _log.LogInformation("plugin {Id} {Version} loaded ({Kinds}, SDK {Sdk}) in {Ms:0.0} ms", id, manifest.Version, manifest.Kinds, manifest.SdkVersion, clock.Elapsed.TotalMilliseconds);
        return loaded;
    }

    private PluginStatus Fail(string id, string folder, PluginManifest? manifest, PluginState state, string error, PluginSlot? previous, Stopwatch clock)
    {
        if (previous?.Active is { } running)
        {
            // A reload failed (e.g. a half-copied DLL): the version that works keeps serving.
            string kept = $"reload failed, still running {running.Manifest.Version}: {error}";
            var status = previous.Status with { Error = kept };
            _slots[id] = previous with { Status = status };
            _log.LogError("plugin {Id}: {Error}", id, kept);
            return status;
        }
        var failed = new PluginStatus(id, folder, manifest, state, error, previous?.Status.Generation ?? 0, clock.Elapsed);
        _slots[id] = new PluginSlot(failed, null);
        if (state == PluginState.Refused && manifest is not null) _log.LogWarning("{Refusal}", error);
        else _log.LogError("plugin {Id} {State}: {Error}", id, state.ToString().ToLowerInvariant(), error);
        return failed;
    }

    private static void CheckKinds(LoadedPlugin plugin)
    {
        var kinds = plugin.Manifest.Kinds;
        void Require(PluginKinds kind, params Type[] interfaces)
        {
            if (!kinds.HasFlag(kind)) return;
            if (!plugin.Entries.Any(e => interfaces.Any(i => i.IsInstanceOfType(e))))
                throw new PluginManifestException($"plugin {plugin.Manifest.Id} declares kind {kind} but no entry type implements {string.Join(" or ", interfaces.Select(i => i.Name))}");
        }
        Require(PluginKinds.Broker, typeof(IBrokerPlugin));
        Require(PluginKinds.Data, typeof(IHistoricalDataPlugin), typeof(ILiveDataPlugin));
        Require(PluginKinds.Risk, typeof(IPreTradeRiskCheck), typeof(IPostTradeRiskMonitor));
        Require(PluginKinds.Analytics, typeof(IAnalyticsPlugin));
        Require(PluginKinds.Security, typeof(IAuthenticator), typeof(ISecretStore));
    }

    private async Task OnFolderChangedAsync(string id)
    {
        string folder = Path.Combine(Directory, id);
        if (System.IO.Directory.Exists(folder)) await LoadAsync(folder).ConfigureAwait(false);
        else await UnloadAsync(id).ConfigureAwait(false);
    }

    private static string Describe(Exception e) => e switch
    {
        PluginManifestException => e.Message,
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Describe(inner),
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
