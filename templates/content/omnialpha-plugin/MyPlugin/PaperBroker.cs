using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Plugins;

namespace MyPlugin;

/// <summary>
/// A broker plugin that trades on paper: it provides a <see cref="PaperBrokerage"/> for backtests (simulated runs).
/// To connect a real venue, return your broker API's <see cref="IBrokerage"/> when the request is not simulated.
/// </summary>
public sealed class PaperBroker : IPlugin, IBrokerPlugin
{
    private PaperBrokerOptions? _options;

    /// <summary>Reads and validates <c>Plugins:my-plugin</c>.</summary>
    public Task StartAsync(IPluginContext context, CancellationToken cancellationToken)
    {
        _options = context.GetOptions<PaperBrokerOptions>();
        return Task.CompletedTask;
    }

    /// <summary>Holds nothing to release.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A new paper brokerage for a simulated run.</summary>
    /// <exception cref="NotSupportedException">The request is for a live session: this plugin only trades on paper.</exception>
    /// <exception cref="InvalidOperationException">The plugin has not been started.</exception>
    public IBrokerage CreateBrokerage(BrokerageRequest request)
    {
        var options = _options ?? throw new InvalidOperationException("PaperBroker has not been started.");
        if (!request.Simulated)
            throw new NotSupportedException("MyPlugin trades on paper only: it cannot open a live brokerage session.");
        return new PaperBrokerage(options.CommissionPerOrder);
    }
}
