using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Server;
using OmniAlpha.Server.Logging;
using OmniAlpha.Server.Ports;

namespace OmniAlpha.Dashboard.Tests.Support;

/// <summary>
/// THE one place that starts the host the browser talks to: the real API server (OmniAlpha.Server, with the dashboard
/// embedded from its wwwroot) on Kestrel at http://127.0.0.1:&lt;free port&gt;, over <see cref="SimulatedTradingHost"/>.
/// When <c>omnialpha serve</c> lands, only this class changes (start the process on a free port with a temp data
/// directory and a bootstrap admin key); the tests use nothing but <see cref="BaseAddress"/>, <see cref="ApiKey"/> and
/// the HTTP API.
/// </summary>
public sealed class DashboardHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SimulatedTradingHost _engine;

    private DashboardHost(WebApplication app, SimulatedTradingHost engine, Uri baseAddress, string apiKey)
    {
        _app = app;
        _engine = engine;
        BaseAddress = baseAddress;
        ApiKey = apiKey;
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseAddress { get; }

    /// <summary>An admin key (it may also trade and create keys).</summary>
    public string ApiKey { get; }

    /// <summary>Starts the host: strategies sma-spy and mom-qqq hold positions and run, rsi-iwm is flat and paused.</summary>
    public static async Task<DashboardHost> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var engine = new SimulatedTradingHost(TimeSpan.FromMilliseconds(200));
        var keys = new InMemoryApiKeyStore();
        var logTail = new LogTail(text => text, capacity: 200);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logTail);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.AddSingleton<ITradingHost>(engine);
        builder.Services.AddSingleton<IApiKeyStore>(keys);
        builder.Services.AddSingleton<IAuditLog>(new InMemoryAuditLog());
        builder.Services.AddSingleton<ISecretStoreAdmin>(new InMemorySecretStore());
        builder.Services.AddSingleton(logTail);
        builder.Services.AddOmniAlphaServer(builder.Configuration);
        var app = builder.Build();
        app.MapOmniAlphaServer(); // the dashboard embedded in OmniAlpha.Server: exactly what ships
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("OmniAlpha.Engine")
            .LogInformation("Simulated engine started with {Count} strategies", engine.Current.Strategies.Count);
        return new DashboardHost(app, engine, new Uri(address.TrimEnd('/') + "/"), keys.Create("bootstrap-admin", ApiRole.Admin).Key);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _engine.DisposeAsync();
    }
}
