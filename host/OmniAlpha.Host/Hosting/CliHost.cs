using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OmniAlpha.Host.Backtesting;
using OmniAlpha.PluginHost.Loading;
using OmniAlpha.PluginHost.Resilience;
using OmniAlpha.Scripting;
using OmniAlpha.Scripting.Caching;
using Serilog;
using Serilog.Events;

namespace OmniAlpha.Host.Hosting;

/// <summary>
/// Builds the generic host each command runs in: configuration (appsettings.json beside the executable or in the
/// working folder, then OMNIALPHA_* environment variables), Serilog logging to stderr (stdout stays clean for
/// tables and JSON), the plugin registry (a run loads only the plugins it uses, from <paramref name="pluginsFolder"/>, else
/// PluginHost:Directory, else plugins/ beside the executable) and the application services.
/// </summary>
internal static class CliHost
{
    /// <summary>Sandboxed compiles through the on-disk compile cache (<see cref="StrategyCompileCache.DefaultDirectory"/>) unless <paramref name="noCache"/>.</summary>
    public static StrategyCompilerOptions CompilerOptions(bool noCache) =>
        new() { Cache = noCache ? null : StrategyCompileCache.CreateDefault() };

    public static IHost Create(bool verbose, bool noCache = false, string? pluginsFolder = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("OMNIALPHA_");

        var level = verbose ? LogEventLevel.Debug : LogEventLevel.Warning;
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Is(level)
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, outputTemplate: "[{Level:u3}] {Message:lj}{NewLine}{Exception}")
            .CreateLogger();
        builder.Services.AddSerilog(dispose: true);
        builder.Services.AddSingleton(_ => new StrategyCompiler(CompilerOptions(noCache)));
        builder.Services.AddSingleton<StrategyResolver>();
        builder.Services.AddSingleton(services => PluginFolder.Options(services.GetRequiredService<IConfiguration>(), pluginsFolder));
        builder.Services.AddSingleton(services => new PluginRegistry(services.GetRequiredService<PluginHostOptions>(),
            services.GetRequiredService<IConfiguration>(), services.GetRequiredService<ILoggerFactory>()));
        builder.Services.AddSingleton(services => new PluginCallGuard(
            services.GetRequiredService<IConfiguration>().GetSection("PluginHost:Resilience").Get<PluginResilienceOptions>() ?? new PluginResilienceOptions(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger("OmniAlpha.Plugins")));
        builder.Services.AddSingleton<DataResolver>();
        builder.Services.AddSingleton<BacktestRunner>();
        return builder.Build();
    }
}
