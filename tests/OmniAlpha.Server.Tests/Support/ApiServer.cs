using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Server.Logging;
using OmniAlpha.Server.Ports;

namespace OmniAlpha.Server.Tests.Support;

/// <summary>
/// The API on a real Kestrel server at http://127.0.0.1:&lt;free port&gt;, with test doubles of its ports and one key
/// per role. Dispose stops it.
/// </summary>
internal sealed class ApiServer : IAsyncDisposable
{
    public const string SecretInLogs = "s3cr3t-from-the-log";

    private readonly WebApplication _app;
    private readonly List<HttpClient> _clients = [];

    private ApiServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }
    public ScriptedTradingHost Host { get; private init; } = null!;
    public IApiKeyStore Keys { get; private init; } = null!;
    public IAuditLog Audit { get; private init; } = null!;
    public ISecretStoreAdmin Secrets { get; private init; } = null!;
    public LogTail LogTail { get; private init; } = null!;
    public string ViewerKey { get; private init; } = "";
    public string TraderKey { get; private init; } = "";
    public string AdminKey { get; private init; } = "";
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a server; <paramref name="settings"/> are configuration keys such as "Server:RateLimit:TokenLimit".</summary>
    public static async Task<ApiServer> StartAsync(
        IDictionary<string, string?>? settings = null,
        IApiKeyStore? keys = null,
        IAuditLog? audit = null,
        ISecretStoreAdmin? secrets = null,
        Action<IServiceCollection>? services = null,
        IFileProvider? dashboard = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var host = new ScriptedTradingHost { Current = Snapshots.Sample() };
        keys ??= new InMemoryApiKeyStore();
        audit ??= new InMemoryAuditLog();
        secrets ??= new InMemorySecretStore();
        var logTail = new LogTail(text => text.Replace(SecretInLogs, "***", StringComparison.Ordinal), capacity: 50);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logTail);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.AddSingleton<ITradingHost>(host);
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton(audit);
        builder.Services.AddSingleton(secrets);
        builder.Services.AddSingleton(logTail);
        builder.Services.AddOmniAlphaServer(builder.Configuration);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapOmniAlphaServer(dashboard ?? new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "TestDashboard")));
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new ApiServer(app, new Uri(address))
        {
            Host = host,
            Keys = keys,
            Audit = audit,
            Secrets = secrets,
            LogTail = logTail,
            ViewerKey = FreshKey(keys, "viewer-bot", ApiRole.Viewer),
            TraderKey = FreshKey(keys, "trader-joe", ApiRole.Trader),
            AdminKey = FreshKey(keys, "admin-ann", ApiRole.Admin),
        };
    }

    /// <summary>A new key named <paramref name="name"/>; one of that name left by an earlier start of a stored key set is revoked.</summary>
    private static string FreshKey(IApiKeyStore keys, string name, ApiRole role)
    {
        foreach (var stale in keys.List().Where(k => k.Name == name))
            keys.Revoke(stale.Id);
        return keys.Create(name, role).Key;
    }

    /// <summary>A client sending <paramref name="key"/> in X-Api-Key (none when null).</summary>
    public HttpClient Client(string? key = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
        if (key is not null)
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        _clients.Add(client);
        return client;
    }

    /// <summary>A client sending <paramref name="key"/> as Authorization: Bearer.</summary>
    public HttpClient BearerClient(string key)
    {
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
            client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
