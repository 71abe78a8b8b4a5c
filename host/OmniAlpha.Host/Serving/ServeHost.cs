using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmniAlpha.Host.Backtesting;
using OmniAlpha.Host.Hosting;
using OmniAlpha.Host.Serving.Logging;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Persistence;
using OmniAlpha.Persistence.Secrets;
using OmniAlpha.PluginHost.Loading;
using OmniAlpha.PluginHost.Resilience;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Scripting;
using OmniAlpha.Scripting.Caching;
using OmniAlpha.Server;
using OmniAlpha.Server.Logging;
using OmniAlpha.Server.Persistence;
using OmniAlpha.Server.Ports;
using Serilog;

namespace OmniAlpha.Host.Serving;

/// <summary>
/// Builds the <c>omnialpha serve</c> application: configuration (JSON file, OMNIALPHA_* environment variables,
/// command line), Serilog with redaction, systemd integration, Kestrel (localhost:5080 unless configured), one LiteDB
/// store in the data folder, the live engine as a hosted service, and the REST API with the dashboard.
/// </summary>
internal static class ServeHost
{
    /// <summary>The database file in the data folder.</summary>
    public const string DatabaseFileName = "omnialpha.db";

    /// <summary>Builds (does not start) the application. <paramref name="console"/> replaces stdout for the log (tests).</summary>
    /// <exception cref="ServeConfigurationException">--config names a missing file.</exception>
    public static WebApplication Build(ServeArguments arguments, TextWriter? console = null)
    {
        var locations = Locate(arguments.ConfigFile);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = locations.BaseDirectory, Args = [] });
        Configure(builder.Configuration, arguments, locations);
        var configuration = builder.Configuration;

        var redactor = new SecretRedactor();
        ConfiguredSecrets.Register(configuration, redactor);
        string dataDir = locations.DataDirectory(configuration[$"{ServeOptions.SectionName}:DataDir"]);
        var logOptions = configuration.GetSection($"{ServeOptions.SectionName}:Logs").Get<ServeLogOptions>() ?? new ServeLogOptions();
        var logger = ServeLogging.Create(configuration, redactor, Path.Combine(dataDir, "logs"), logOptions, arguments.Verbose, console);
        var logTail = new LogTail(redactor.Redact);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddSerilog(logger, dispose: true);
        builder.Logging.AddProvider(logTail);
        // The dashboard's log tail shows what the operator needs, not one line per HTTP request (the files keep the same rule).
        builder.Logging.AddFilter<LogTail>("Microsoft.AspNetCore", LogLevel.Warning);

        builder.Host.UseSystemd();
        builder.Services.Configure<HostOptions>(host =>
        {
            // Kestrel answers /health (liveness) while the engine recovers; READY goes to systemd once everything started.
            host.ServicesStartConcurrently = true;
            host.ShutdownTimeout = TimeSpan.FromSeconds(30);
        });
        builder.WebHost.UseUrls((configuration["urls"] ?? ServeDefaults.Urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        var services = builder.Services;
        services.AddSingleton(locations);
        services.AddSingleton(redactor);
        services.AddSingleton(logTail);
        services.AddOptions<ServeOptions>().Bind(configuration.GetSection(ServeOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServeOptions>, ServeOptionsValidator>();
        if (!configuration.GetSection(ServeOptions.SectionName).GetSection("Strategies").Exists()
            && !configuration.GetSection(ServeOptions.SectionName).GetSection("Data").Exists())
        {
            // No strategies and no data configured at all: the demo, so a fresh machine has something to watch.
            services.PostConfigure<ServeOptions>(o => o.Strategies = ServeDefaults.Strategies());
        }
        services.PostConfigure<ServeOptions>(o => o.DataDir = dataDir);

        AddPlugins(services);
        AddStore(services, configuration, dataDir);
        string? cacheDir = configuration[$"{ServeOptions.SectionName}:CompileCacheDir"];
        AddEngine(services, cacheDir is null ? Path.Combine(dataDir, "cache", "scripts") : locations.Resolve(cacheDir));

        // The server's own adapters from its ports to the LiteDB store.
        services.AddSingleton<IApiKeyStore>(sp => new LiteDbApiKeyStore(sp.GetRequiredService<LiteDbStore>().ApiKeys));
        services.AddSingleton<IAuditLog>(sp => new LiteDbAuditLog(sp.GetRequiredService<LiteDbStore>().Audit));
        services.AddSingleton<ITradingHistory>(sp => new JournalTradingHistory(sp.GetRequiredService<LiteDbStore>().Queries));
        services.AddOmniAlphaServer(configuration);

        var app = builder.Build();
        app.MapOmniAlphaServer();
        return app;
    }

    /// <summary>--config (must exist), else appsettings.json in the current directory, else beside the executable, else none.</summary>
    public static ServeLocations Locate(string? configFile)
    {
        if (configFile is not null)
        {
            string full = Path.GetFullPath(configFile);
            if (!File.Exists(full)) throw new ServeConfigurationException($"--config: file not found: {full}");
            return new ServeLocations(full, Path.GetDirectoryName(full)!);
        }
        string current = Path.GetFullPath("appsettings.json");
        if (File.Exists(current)) return new ServeLocations(current, Directory.GetCurrentDirectory());
        string besideExe = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        return File.Exists(besideExe)
            ? new ServeLocations(besideExe, Directory.GetCurrentDirectory())
            : new ServeLocations(null, Directory.GetCurrentDirectory());
    }

    private static void Configure(ConfigurationManager configuration, ServeArguments arguments, ServeLocations locations)
    {
        // Only our sources, in our order: the builder's defaults would also read ASPNETCORE_/DOTNET_ variables and
        // appsettings.{Environment}.json from the content root.
        configuration.Sources.Clear();
        if (arguments.ConfigFile is null) configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        if (locations.ConfigFile is { } file) configuration.AddJsonFile(file, optional: false, reloadOnChange: false);
        configuration.AddEnvironmentVariables("OMNIALPHA_");
        configuration.AddCommandLine([.. arguments.ConfigurationArguments]);
        var explicitValues = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (arguments.Urls is not null) explicitValues["urls"] = arguments.Urls;
        if (arguments.DataDir is not null) explicitValues[$"{ServeOptions.SectionName}:DataDir"] = Path.GetFullPath(arguments.DataDir);
        if (explicitValues.Count > 0) configuration.AddInMemoryCollection(explicitValues);
    }

    private static void AddPlugins(IServiceCollection services)
    {
        services.AddSingleton(sp => PluginFolder.Options(sp.GetRequiredService<IConfiguration>(), fromCommandLine: null));
        services.AddSingleton(sp => new PluginRegistry(sp.GetRequiredService<PluginHostOptions>(),
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(sp => new PluginCallGuard(
            sp.GetRequiredService<IConfiguration>().GetSection("PluginHost:Resilience").Get<PluginResilienceOptions>() ?? new PluginResilienceOptions(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("OmniAlpha.Plugins")));
        services.AddSingleton<DataResolver>();
    }

    private static void AddStore(IServiceCollection services, IConfiguration configuration, string dataDir)
    {
        services.AddSingleton(_ => LiteDbStore.Open(Path.Combine(dataDir, DatabaseFileName)));
        services.AddSingleton<ITradingJournal>(sp => sp.GetRequiredService<LiteDbStore>().Journal);
        services.AddSingleton(sp =>
        {
            string keyFile = sp.GetRequiredService<ServeLocations>().Resolve(
                configuration[$"{ServeOptions.SectionName}:SecretsKeyFile"] ?? Path.Combine(dataDir, "secrets.key"));
            if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(SecretKeySource.EnvironmentVariable)) && !File.Exists(keyFile))
            {
                SecretKeySource.GenerateKeyFile(keyFile);
                sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServeHost)).LogWarning(
                    "Created a new secrets key file {KeyFile} (owner-only); back it up: the stored secrets cannot be read without it", keyFile);
            }
            return SecretKeySource.Resolve(keyFile);
        });
        services.AddSingleton(sp => sp.GetRequiredService<LiteDbStore>().OpenSecrets(sp.GetRequiredService<SecretKey>()));
        // Every value written through the API is registered with the log redaction before it is stored.
        services.AddSingleton<ISecretStoreAdmin>(sp => new LiteDbSecretStoreAdmin(sp.GetRequiredService<EncryptedSecretStore>(),
            sp.GetRequiredService<SecretRedactor>().Add));
        // First: the admin key and the secret values must be known before anything else logs.
        services.AddHostedService<StoreBootstrapService>();
    }

    private static void AddEngine(IServiceCollection services, string compileCacheDir)
    {
        services.AddSingleton(_ => new StrategyCompiler(new StrategyCompilerOptions { Cache = new StrategyCompileCache(compileCacheDir) }));
        services.AddSingleton<ScriptStrategyFactory>();
        services.AddSingleton(sp => ReplayDataSet.Load(sp.GetRequiredService<DataResolver>(), sp.GetRequiredService<IOptions<ServeOptions>>().Value,
            sp.GetRequiredService<ServeLocations>()));
        services.AddSingleton(sp =>
        {
            var data = sp.GetRequiredService<ReplayDataSet>();
            var options = sp.GetRequiredService<IOptions<ServeOptions>>().Value;
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServeHost)).LogInformation(
                "Replaying {Data}: {Symbols} symbols up to {Last:O}", data.Name, data.Series.Count, data.LastBarTimeUtc);
            return new HeldReplayFeed(new ReplayFeed(data.Series, options.Speed));
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ServeOptions>>().Value;
            var feed = sp.GetRequiredService<HeldReplayFeed>();
            var fees = CostModelSpec.ParseCommission(options.Commission);
            var slippage = CostModelSpec.ParseSlippage(options.Slippage);
            return new LiveEngine(
                new LiveEngineOptions { CheckpointInterval = options.CheckpointInterval },
                sp.GetRequiredService<ITradingJournal>(),
                sp.GetRequiredService<ScriptStrategyFactory>(),
                feed, feed,
                sp.GetRequiredService<ReplayDataSet>().Instruments,
                _ => new SimulatedExchange(new SimulatedExchangeOptions { FeeModel = fees, SlippageModel = slippage }),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger("OmniAlpha.Engine"));
        });
        services.AddSingleton(sp => new ReadinessGatedHost(sp.GetRequiredService<LiveEngine>()));
        services.AddSingleton<ITradingHost>(sp => sp.GetRequiredService<ReadinessGatedHost>());
        services.AddHostedService<TradingEngineService>();
    }
}
