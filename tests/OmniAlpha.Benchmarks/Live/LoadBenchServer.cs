using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Persistence;
using OmniAlpha.Persistence.Secrets;
using OmniAlpha.Server;
using OmniAlpha.Server.Persistence;
using OmniAlpha.Server.Ports;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>
/// The REST API on real Kestrel at 127.0.0.1 with an OS-chosen port, over the engine and the LiteDB store: the same
/// <c>AddOmniAlphaServer</c>/<c>MapOmniAlphaServer</c> pipeline <c>omnialpha serve</c> runs (authentication, rate
/// limiting, authorization, HTTP metrics, Prometheus export of the engine meter) and the same LiteDB adapters, without
/// its configuration files, plugins and script compiler, which the benchmark does not measure.
/// </summary>
public static class LoadBenchServer
{
    /// <summary>
    /// Builds and starts the server; returns it with its base address. The rate limiter stays on (its cost is part of
    /// every request) with a bucket large enough that the poller is never refused.
    /// </summary>
    public static async Task<(WebApplication App, Uri BaseAddress)> StartAsync(ITradingHost host, LiteDbStore store, string contentRoot,
        CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = contentRoot, EnvironmentName = "Production" });
        // No appsettings or environment variables: the run is the same on every machine. Kestrel needs one source to write to.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(host);
        // The production adapters over the one LiteDB file; the secrets key lives in memory only (the run stores no secret).
        var secretsKey = SecretKey.Generate();
        builder.Services.AddSingleton<IApiKeyStore>(new LiteDbApiKeyStore(store.ApiKeys));
        builder.Services.AddSingleton<IAuditLog>(new LiteDbAuditLog(store.Audit));
        builder.Services.AddSingleton<ISecretStoreAdmin>(new LiteDbSecretStoreAdmin(store.OpenSecrets(secretsKey)));
        builder.Services.AddSingleton<ITradingHistory>(new JournalTradingHistory(store.Queries));
        builder.Services.AddOmniAlphaServer(builder.Configuration, o =>
        {
            o.RateLimit.TokenLimit = 10_000;
            o.RateLimit.TokensPerPeriod = 10_000;
        });
        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(secretsKey.Dispose);
        app.MapOmniAlphaServer();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address");
        return (app, new Uri(address));
    }
}
