using System.Runtime.CompilerServices;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Logging;
using OmniAlpha.PluginHost.Manifest;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.PluginHost.Loading;

/// <summary>One version of a plugin in memory: its load context and the started entry-type instances.</summary>
internal sealed class LoadedPlugin(PluginManifest manifest, PluginLoader loader, IReadOnlyList<IPlugin> entries)
{
    private PluginLoader? _loader = loader;
    private IReadOnlyList<IPlugin> _entries = entries;

    public PluginManifest Manifest { get; } = manifest;

    public IReadOnlyList<IPlugin> Entries => _entries;

    /// <summary>The first entry instance implementing <typeparamref name="T"/>, or null.</summary>
    public T? Find<T>() where T : class => _entries.OfType<T>().FirstOrDefault();

    /// <summary>Stops every entry (errors are logged, not thrown) within <paramref name="timeout"/> each.</summary>
    public async Task StopAsync(TimeSpan timeout, ILogger logger)
    {
        foreach (var entry in _entries)
        {
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await entry.StopAsync(cancel.Token).WaitAsync(timeout).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                logger.LogWarning("plugin {Id} {Version}: {Type}.StopAsync failed: {Error}", Manifest.Id, Manifest.Version, entry.GetType().Name, e.Message);
            }
        }
    }

    /// <summary>
    /// Drops the instances and unloads the load context. Returns a weak reference to the context, alive until the
    /// runtime has collected it (which needs every object of the plugin to be unreachable).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public WeakReference Unload()
    {
        var context = new WeakReference(_loader?.LoadContext);
        _entries = [];
        _loader?.Dispose();
        _loader = null;
        return context;
    }
}
