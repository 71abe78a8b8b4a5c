namespace OmniAlpha.Server;

/// <summary>Settings of the REST API server, bound from the configuration section <see cref="SectionName"/>.</summary>
public sealed class ServerOptions
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string SectionName = "Server";

    /// <summary>Rate limiting per API key (per remote address for calls without a valid key).</summary>
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Live event stream (SSE) settings.</summary>
    public EventStreamOptions Events { get; set; } = new();

    /// <summary>True (the default) when <c>GET /metrics</c> needs a viewer key; false lets any scraper read it.</summary>
    public bool MetricsRequireKey { get; set; } = true;

    /// <summary>
    /// Origins allowed to call the API from a browser page served elsewhere. Empty (the default) turns CORS off: the
    /// dashboard is served by this server, same origin.
    /// </summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>Meters exported at <c>/metrics</c> besides the HTTP request metrics.</summary>
    public string[] Meters { get; set; } = ["OmniAlpha.Engine"];

    /// <summary>How long a command may wait for the engine's time-step boundary before the call answers 504.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest page size of the read endpoints (orders, fills, logs, audit).</summary>
    public int MaxPageSize { get; set; } = 1000;
}
