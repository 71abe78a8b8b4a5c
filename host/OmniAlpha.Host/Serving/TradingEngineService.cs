using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Host.Serving;

/// <summary>
/// Runs the <see cref="LiveEngine"/> inside the host. Start: recovery (the engine loads the journal and catches every
/// strategy up), then the configured strategies the journal does not know yet are deployed, then the replay starts.
/// The host reports ready (sd_notify READY, /health/ready) only after this. Stop (SIGTERM, Ctrl+C): the engine ends at a
/// time-step boundary and commits what it produced. An engine fault (e.g. the journal cannot be written) stops the
/// service with exit code 1 so systemd restarts it and recovery takes over.
/// </summary>
internal sealed class TradingEngineService(
    LiveEngine engine,
    HeldReplayFeed feed,
    ReadinessGatedHost readiness,
    IOptions<ServeOptions> options,
    ServeLocations locations,
    IHostApplicationLifetime lifetime,
    ILogger<TradingEngineService> logger) : IHostedService
{
    /// <summary>Actor recorded for deployments made from the configuration file.</summary>
    public const string ConfigurationActor = "configuration";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await engine.StartAsync(cancellationToken).ConfigureAwait(false);
        var known = engine.Current.Strategies.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var strategies = options.Value.Strategies;
        for (int i = 0; i < strategies.Count; i++)
        {
            var configured = strategies[i];
            if (known.Contains(configured.Id!)) continue;
            var (fileName, source) = ServeScriptSource.Read(configured.Script!, locations);
            var script = new StrategyScript(fileName, source, configured.Symbols, configured.Parameters, configured.StartingCash);
            var result = await engine.ExecuteAsync(new TradingCommand(TradingCommandKind.Deploy, configured.Id, ConfigurationActor) { Script = script },
                cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
                throw new ServeConfigurationException($"{ServeOptions.SectionName}:Strategies:{i} ({configured.Id}): {result.Error}");
            logger.LogInformation("Deployed {Strategy} ({Script}) on {Symbols}", configured.Id, fileName, string.Join(",", configured.Symbols));
        }
        feed.Release();
        readiness.Open();
        _ = WatchForFaultAsync();
        if (options.Value.StopAtEndOfData) _ = StopAtEndOfDataAsync();
        logger.LogInformation("Trading {Count} strategies on {Feed} at {Speed}", engine.Current.Strategies.Count, feed.Name,
            options.Value.Speed == 0 ? "maximum speed" : $"{options.Value.Speed:0.###} x real time");
    }

    public Task StopAsync(CancellationToken cancellationToken) => engine.StopAsync(cancellationToken);

    private async Task WatchForFaultAsync()
    {
        await engine.Stopped.ConfigureAwait(false);
        if (engine.Fault is not { } fault) return;
        await StartedAsync().ConfigureAwait(false);
        logger.LogCritical(fault, "The live engine stopped after a fault; the service exits so that a restart recovers from the journal");
        Environment.ExitCode = 1;
        lifetime.StopApplication();
    }

    /// <summary>
    /// Completes once the host has started: a stop requested while other services are still starting would cancel the
    /// host's start and turn a clean end into a start failure.
    /// </summary>
    private Task StartedAsync()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task;
    }

    /// <summary>Serve:StopAtEndOfData: once the replay has delivered its last slice and the engine processed it, the service stops (exit 0).</summary>
    private async Task StopAtEndOfDataAsync()
    {
        try
        {
            await feed.Inner.Completion.ConfigureAwait(false);
            if (feed.Inner.LastSliceTimeUtc is { } last)
                await engine.WaitForDataTimeAsync(last, lifetime.ApplicationStopping).ConfigureAwait(false);
            await StartedAsync().ConfigureAwait(false);
            logger.LogInformation("End of the replayed data at {DataTime:O}: stopping", engine.DataTimeUtc);
            lifetime.StopApplication();
        }
        catch (OperationCanceledException)
        {
            // Stopped before the end of the data.
        }
        catch (InvalidOperationException e)
        {
            logger.LogWarning("Not stopping at the end of the data: {Reason}", e.Message);
        }
    }
}
