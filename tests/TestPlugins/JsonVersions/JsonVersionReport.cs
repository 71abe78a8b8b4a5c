using Newtonsoft.Json;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Plugins;

#if JSON12
[assembly: OmniAlphaPlugin("json-twelve", "Uses Newtonsoft.Json 12", "1.0.0", PluginKinds.Analytics)]
#else
[assembly: OmniAlphaPlugin("json-thirteen", "Uses Newtonsoft.Json 13", "1.0.0", PluginKinds.Analytics)]
#endif

namespace TestPlugins.JsonVersions;

/// <summary>Reports, serialized with Newtonsoft.Json, which Newtonsoft.Json assembly version it runs with.</summary>
public sealed class JsonVersionReport : IPlugin, IAnalyticsPlugin
{
    /// <inheritdoc />
    public Task StartAsync(IPluginContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public void OnOrderEvent(OrderEvent orderEvent)
    {
    }

    /// <inheritdoc />
    public void OnEquity(DateTime timeUtc, decimal cash, decimal equity)
    {
    }

    /// <inheritdoc />
    public AnalyticsReport CreateReport() =>
        new(JsonConvert.SerializeObject(new { newtonsoft = typeof(JsonConvert).Assembly.GetName().Version!.ToString() }), [], []);
}
