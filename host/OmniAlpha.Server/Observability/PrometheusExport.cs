using Microsoft.Extensions.Options;
using Prometheus;

namespace OmniAlpha.Server.Observability;

/// <summary>
/// The server's own Prometheus registry: the configured meters (the engine's "OmniAlpha.Engine") bridged through
/// prometheus-net's System.Diagnostics.Metrics adapter, plus the HTTP request metrics. One registry per server, so
/// two servers in one process (tests) never share counters.
/// </summary>
internal sealed class PrometheusExport : IDisposable
{
    private readonly IDisposable _meterAdapter;

    public PrometheusExport(IOptions<ServerOptions> options)
    {
        var meters = new HashSet<string>(options.Value.Meters, StringComparer.Ordinal);
        Registry = Metrics.NewCustomRegistry();
        _meterAdapter = MeterAdapter.StartListening(new MeterAdapterOptions
        {
            Registry = Registry,
            MetricFactory = Metrics.WithCustomRegistry(Registry),
            InstrumentFilterPredicate = instrument => meters.Contains(instrument.Meter.Name),
            // The engine's instruments have a small fixed label set: keep a counter through a quiet market hour instead
            // of dropping it after the adapter's default few idle minutes (a scraper would read that as a reset).
            MetricsExpireAfter = TimeSpan.FromDays(1),
        });
    }

    /// <summary>Where the exported metrics live.</summary>
    public CollectorRegistry Registry { get; }

    /// <inheritdoc />
    public void Dispose() => _meterAdapter.Dispose();
}
