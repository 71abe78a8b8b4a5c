using OmniAlpha.PluginHost.Loading;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.PluginHost.Resilience;

/// <summary>
/// The data source the engine holds for a data plugin: every call goes through the <see cref="PluginCallGuard"/>
/// (retry, circuit breaker), and when the plugin has been hot-reloaded since the source was opened, the source is
/// opened again from the new version with the same request (so nothing keeps the old version alive).
/// </summary>
public sealed class GuardedHistoricalDataSource : IHistoricalDataSource, ISkippedRowReport
{
    private readonly PluginHandle<IHistoricalDataPlugin> _plugin;
    private readonly DataRequest _request;
    private readonly PluginCallGuard _guard;
    private readonly Lock _gate = new();
    private IHistoricalDataSource? _source;
    private int _generation = -1;

    /// <summary>Opens the source now (so a bad request fails here, with the plugin's own message).</summary>
    public GuardedHistoricalDataSource(PluginHandle<IHistoricalDataPlugin> plugin, DataRequest request, PluginCallGuard guard)
    {
        _plugin = plugin;
        _request = request;
        _guard = guard;
        _ = Source();
    }

    /// <summary>The plugin serving this source.</summary>
    public string PluginId => _plugin.PluginId;

    /// <inheritdoc />
    public string Name => Source().Name;

    /// <inheritdoc />
    public IReadOnlyList<Symbol> Symbols => Source().Symbols;

    /// <inheritdoc />
    public IReadOnlyList<string> SkippedRows => (Source() as ISkippedRowReport)?.SkippedRows ?? [];

    /// <inheritdoc />
    public BarSeries Load(Symbol symbol, DateTime? fromUtc = null, DateTime? toUtc = null) =>
        _guard.Execute(PluginId, $"Load {symbol}", () => CurrentSource().Load(symbol, fromUtc, toUtc));

    private IHistoricalDataSource Source() => _guard.Execute(PluginId, "OpenHistory", CurrentSource);

    // The source of the version serving now, opened again after a reload; each public call guards it once.
    private IHistoricalDataSource CurrentSource()
    {
        var (plugin, generation) = _plugin.Resolve();
        lock (_gate)
        {
            if (_source is null || generation != _generation)
            {
                _source = plugin.OpenHistory(_request);
                _generation = generation;
            }
            return _source;
        }
    }
}
