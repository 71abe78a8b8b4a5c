using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using OmniAlpha.PluginHost.Loading;
using OmniAlpha.Sdk.Plugins;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace OmniAlpha.PluginHost.Resilience;

/// <summary>
/// Wraps calls from the engine into plugins. <see cref="Execute{T}"/> (brokers, data) retries transient failures
/// (<see cref="TransientPluginException"/>, <see cref="TimeoutException"/>, I/O errors other than a missing file, a
/// plugin being reloaded) with exponential backoff and jitter behind a circuit breaker per plugin (Polly); any other
/// exception is the plugin's answer and goes to the caller unchanged. <see cref="Contain"/> (analytics, monitors) logs
/// an exception and swallows it.
/// </summary>
public sealed class PluginCallGuard(PluginResilienceOptions options, ILogger logger, TimeProvider? time = null)
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline> _pipelines = new(StringComparer.Ordinal);

    /// <summary>A guard with the default settings.</summary>
    public PluginCallGuard(ILogger logger) : this(new PluginResilienceOptions(), logger)
    {
    }

    /// <summary>Calls <paramref name="call"/> on plugin <paramref name="pluginId"/> with retry and circuit breaker.</summary>
    /// <exception cref="PluginCallException">Retries exhausted, or the plugin's circuit is open.</exception>
    public T Execute<T>(string pluginId, string operation, Func<T> call)
    {
        try
        {
            return Pipeline(pluginId).Execute(static state => state(), call);
        }
        catch (BrokenCircuitException e)
        {
            throw new PluginCallException(pluginId, operation,
                $"plugin {pluginId}: {operation} refused: circuit open after repeated failures (retried after {options.BreakDuration.TotalSeconds:0.#} s)", e);
        }
        catch (Exception e) when (IsTransient(e))
        {
            throw new PluginCallException(pluginId, operation,
                $"plugin {pluginId}: {operation} failed after {options.MaxRetries + 1} attempts: {e.Message}", e);
        }
    }

    /// <summary>Calls <paramref name="call"/> with retry and circuit breaker (no result).</summary>
    /// <exception cref="PluginCallException">Retries exhausted, or the plugin's circuit is open.</exception>
    public void Execute(string pluginId, string operation, Action call) => Execute(pluginId, operation, () =>
    {
        call();
        return true;
    });

    /// <summary>Calls <paramref name="call"/>; an exception is logged with the plugin's id and swallowed. False when it threw.</summary>
    public bool Contain(string pluginId, string operation, Action call)
    {
        try
        {
            call();
            return true;
        }
        catch (Exception e)
        {
            logger.LogError("plugin {Id}: {Operation} threw {Type}: {Message}", pluginId, operation, e.GetType().Name, e.Message);
            return false;
        }
    }

    /// <summary>Failures worth another attempt.</summary>
    public static bool IsTransient(Exception e) => e switch
    {
        TransientPluginException or TimeoutException or PluginUnavailableException { Reloading: true } => true,
        FileNotFoundException or DirectoryNotFoundException => false,
        IOException => true,
        _ => false,
    };

    private ResiliencePipeline Pipeline(string pluginId) => _pipelines.GetOrAdd(pluginId, id =>
    {
        var handle = new PredicateBuilder().Handle<Exception>(IsTransient);
        var builder = new ResiliencePipelineBuilder();
        if (time is not null) builder.TimeProvider = time;
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = handle,
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    logger.LogWarning("plugin {Id}: attempt {Attempt} failed ({Error}); retrying in {Delay:0} ms",
                        id, args.AttemptNumber + 1, args.Outcome.Exception?.Message, args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }
        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = handle,
                FailureRatio = options.FailureRatio,
                MinimumThroughput = Math.Max(2, options.MinimumThroughput),
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
                OnOpened = args =>
                {
                    logger.LogError("plugin {Id}: circuit opened for {Seconds:0.#} s after repeated failures", id, args.BreakDuration.TotalSeconds);
                    return default;
                },
            })
            .Build();
    });
}
