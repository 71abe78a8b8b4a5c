using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.Plugins.SampleData;

/// <summary>
/// The sample data plugin (<c>sample-data</c>): deterministic invented daily bars (see <see cref="SampleDataSource"/>),
/// sized by its configuration (<see cref="SampleDataPluginOptions"/>). It has no location: a request naming one is refused.
/// </summary>
public sealed class SampleDataPlugin : IPlugin, IHistoricalDataPlugin
{
    private SampleDataOptions _options = new();

    /// <inheritdoc />
    public Task StartAsync(IPluginContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configured = context.GetOptions<SampleDataPluginOptions>();
        _options = new SampleDataOptions { SymbolCount = configured.SymbolCount, BarCount = configured.BarCount, Seed = configured.Seed };
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public IHistoricalDataSource OpenHistory(DataRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Location is not null) throw new ArgumentException($"the sample data plugin generates its data; it cannot read '{request.Location}'");
        return new SampleDataSource(_options);
    }
}
