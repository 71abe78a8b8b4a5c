using System.ComponentModel.DataAnnotations;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Plugins;

#if V2
[assembly: OmniAlphaPlugin("versioned", "Versioned test plugin", "2.0.0", PluginKinds.Analytics)]
#else
[assembly: OmniAlphaPlugin("versioned", "Versioned test plugin", "1.0.0", PluginKinds.Analytics)]
#endif

namespace TestPlugins.Versioned;

/// <summary>Options of the versioned test plugin (section Plugins:versioned).</summary>
public sealed class VersionedOptions
{
    /// <summary>A greeting shown in the report.</summary>
    [StringLength(20)]
    public string Greeting { get; set; } = "hello";
}

/// <summary>An analytics plugin whose report says which build (v1 or v2) is running.</summary>
public sealed class VersionedAnalytics : IPlugin, IAnalyticsPlugin
{
#if V2
    private const string Build = "v2";
#else
    private const string Build = "v1";
#endif
    private string _greeting = "";
    private int _events;

    /// <inheritdoc />
    public Task StartAsync(IPluginContext context, CancellationToken cancellationToken)
    {
        _greeting = context.GetOptions<VersionedOptions>().Greeting;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public void OnOrderEvent(OrderEvent orderEvent) => _events++;

    /// <inheritdoc />
    public void OnEquity(DateTime timeUtc, decimal cash, decimal equity)
    {
        if (equity < 0) throw new InvalidOperationException("negative equity is a test signal");
        _events++;
    }

    /// <inheritdoc />
    public AnalyticsReport CreateReport() => new($"{Build} {_greeting}", [new("events", _events)], []);
}
