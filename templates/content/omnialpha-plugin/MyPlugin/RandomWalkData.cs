using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Plugins;

namespace MyPlugin;

/// <summary>
/// A historical data plugin that generates seeded random-walk daily bars, so strategies can be tried without files.
/// Replace the generator with your vendor's API or file format: the host only needs an <see cref="IHistoricalDataSource"/>.
/// </summary>
public sealed class RandomWalkData : IPlugin, IHistoricalDataPlugin
{
    private RandomWalkOptions? _options;

    /// <summary>Reads and validates <c>Plugins:my-plugin</c>.</summary>
    public Task StartAsync(IPluginContext context, CancellationToken cancellationToken)
    {
        _options = context.GetOptions<RandomWalkOptions>();
        return Task.CompletedTask;
    }

    /// <summary>Holds nothing to release.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Opens the generated data set. The request's location and settings are not used: the data is generated.</summary>
    /// <exception cref="InvalidOperationException">The plugin has not been started.</exception>
    public IHistoricalDataSource OpenHistory(DataRequest request) =>
        new RandomWalkDataSource(_options ?? throw new InvalidOperationException("RandomWalkData has not been started."));
}
