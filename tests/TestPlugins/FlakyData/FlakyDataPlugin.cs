using System.ComponentModel.DataAnnotations;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Plugins;

[assembly: OmniAlphaPlugin("flaky-data", "Flaky data test plugin", "1.0.0", PluginKinds.Data)]

namespace TestPlugins.FlakyData;

/// <summary>Options of the flaky data plugin (section Plugins:flaky-data).</summary>
public sealed class FlakyDataOptions
{
    /// <summary>The one symbol served.</summary>
    [Required]
    public string? Symbol { get; set; }

    /// <summary>How many Load calls fail (transiently) before one succeeds; -1 for always.</summary>
    [Range(-1, 1000)]
    public int FailuresBeforeSuccess { get; set; }
}

/// <summary>A data plugin whose loads fail transiently a configured number of times: the host's retry and circuit breaker are tested against it.</summary>
public sealed class FlakyDataPlugin : IPlugin, IHistoricalDataPlugin
{
    private FlakyDataOptions _options = new();

    /// <inheritdoc />
    public Task StartAsync(IPluginContext context, CancellationToken cancellationToken)
    {
        _options = context.GetOptions<FlakyDataOptions>();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public IHistoricalDataSource OpenHistory(DataRequest request)
    {
        if (request.Location is not null) throw new ArgumentException($"location: flaky-data has no files ('{request.Location}')");
        return new FlakySource(new Symbol(_options.Symbol!), _options.FailuresBeforeSuccess);
    }

    private sealed class FlakySource(Symbol symbol, int failuresBeforeSuccess) : IHistoricalDataSource
    {
        private int _calls;

        public string Name => "flaky";

        public IReadOnlyList<Symbol> Symbols { get; } = [symbol];

        public BarSeries Load(Symbol requested, DateTime? fromUtc = null, DateTime? toUtc = null)
        {
            int call = Interlocked.Increment(ref _calls);
            if (failuresBeforeSuccess < 0 || call <= failuresBeforeSuccess)
                throw new TransientPluginException($"feed timeout (call {call})");
            var end = new DateTime(2024, 1, 2, 21, 0, 0, DateTimeKind.Utc);
            var bar = new Bar(requested, end, 10m, 11m, 9m, 10.5m, 1000m);
            return new BarSeries(Instrument.UsEquity(requested), [bar], TimeSpan.FromDays(1));
        }
    }
}
