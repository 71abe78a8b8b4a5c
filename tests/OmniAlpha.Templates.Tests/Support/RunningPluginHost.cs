using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using OmniAlpha.PluginHost.Loading;

namespace OmniAlpha.Templates.Tests.Support;

/// <summary>
/// The host's plugin registry running in this process over an empty plugins folder, watching it for changes (hot
/// reload), with the given configuration: the same loader <c>omnialpha</c> uses, so a plugin dropped into the folder
/// is loaded into its own load context and started, and its kind interface can be called.
/// </summary>
public sealed class RunningPluginHost : IAsyncDisposable
{
    private readonly PluginRegistry _registry;

    private RunningPluginHost(string pluginsFolder, PluginRegistry registry)
    {
        PluginsFolder = pluginsFolder;
        _registry = registry;
    }

    /// <summary>The watched plugins folder.</summary>
    public string PluginsFolder { get; }

    /// <summary>Starts a registry over a new empty folder under <paramref name="parent"/>.</summary>
    public static async Task<RunningPluginHost> StartAsync(string parent, IReadOnlyDictionary<string, string?> configuration)
    {
        string folder = Directory.CreateDirectory(Path.Combine(parent, "plugins")).FullName;
        var options = new PluginHostOptions { Directory = folder, WatchForChanges = true, ReloadDebounce = TimeSpan.FromMilliseconds(200) };
        var config = new ConfigurationBuilder().AddInMemoryCollection(configuration).Build();
        var registry = new PluginRegistry(options, config, NullLoggerFactory.Instance);
        await registry.LoadAllAsync();
        return new RunningPluginHost(folder, registry);
    }

    /// <summary>
    /// Deploys a plugin's build output atomically, as the README says: a copy into a staging folder whose name starts
    /// with '.', then one rename to <c>plugins/&lt;id&gt;</c>.
    /// </summary>
    public void Deploy(string buildOutput, string id)
    {
        string staging = Path.Combine(PluginsFolder, "." + id + ".new");
        CopyFolder(buildOutput, staging);
        Directory.Move(staging, Path.Combine(PluginsFolder, id));
    }

    /// <summary>
    /// Replaces a deployed plugin as the plugin template's README says: stage the new copy in <c>.&lt;id&gt;.new</c>,
    /// rename the live folder away to <c>.&lt;id&gt;.old</c>, rename the new one into place, delete the old one.
    /// </summary>
    public void Replace(string buildOutput, string id)
    {
        string live = Path.Combine(PluginsFolder, id);
        string staging = Path.Combine(PluginsFolder, "." + id + ".new");
        string old = Path.Combine(PluginsFolder, "." + id + ".old");
        CopyFolder(buildOutput, staging);
        Directory.Move(live, old);
        Directory.Move(staging, live);
        Directory.Delete(old, recursive: true);
    }

    /// <summary>Waits until the watcher has loaded and started plugin <paramref name="id"/>; fails with its state and error otherwise.</summary>
    public Task<PluginStatus> WaitUntilLoadedAsync(string id, TimeSpan timeout) => WaitUntilLoadedAsync(id, 1, timeout);

    /// <summary>Waits until plugin <paramref name="id"/> is loaded in generation <paramref name="generation"/> or later.</summary>
    public async Task<PluginStatus> WaitUntilLoadedAsync(string id, int generation, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        PluginStatus? status = null;
        while (DateTime.UtcNow < deadline)
        {
            status = _registry.Status(id);
            if (status is { State: PluginState.Loaded } && status.Generation >= generation) return status;
            if (status is { State: PluginState.Disabled or PluginState.Refused }) break;
            await Task.Delay(100);
        }
        Assert.Fail(status is null
            ? $"plugin {id} was not picked up from {PluginsFolder} within {timeout.TotalSeconds} s"
            : $"plugin {id} is {status.State} in generation {status.Generation} (waited for {generation}): {status.Error}");
        return status!;
    }

    /// <summary>The plugin's instance serving now, as its kind interface.</summary>
    public T Current<T>(string id) where T : class => _registry.GetHandle<T>(id).Current;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _registry.DisposeAsync();

    /// <summary>Copies the folder <paramref name="source"/> with everything in it to <paramref name="destination"/>.</summary>
    public static void CopyFolder(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
