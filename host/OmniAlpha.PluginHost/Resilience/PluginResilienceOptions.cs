namespace OmniAlpha.PluginHost.Resilience;

/// <summary>Retry and circuit-breaker settings for calls into broker and data plugins (configuration section <c>PluginHost:Resilience</c>).</summary>
public sealed record PluginResilienceOptions
{
    /// <summary>Retries after the first attempt of a call that failed transiently.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>Delay before the first retry; it doubles for each further retry (with jitter).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Fraction of failed calls within <see cref="SamplingDuration"/> that opens the circuit.</summary>
    public double FailureRatio { get; init; } = 0.5;

    /// <summary>Calls within <see cref="SamplingDuration"/> before the ratio counts.</summary>
    public int MinimumThroughput { get; init; } = 8;

    /// <summary>Window over which failures are counted.</summary>
    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls before letting one through to test the plugin.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);
}
