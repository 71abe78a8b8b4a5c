using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OmniAlpha.Server.Api;
using OmniAlpha.Server.Json;
using OmniAlpha.Server.Observability;
using OmniAlpha.Server.Ports;
using OmniAlpha.Server.Security;

namespace OmniAlpha.Server;

/// <summary>Registers the REST API server's services.</summary>
public static class ServerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the API's services: options (section <see cref="ServerOptions.SectionName"/> of
    /// <paramref name="configuration"/>), JSON conventions, problem details, API-key authentication and role policies,
    /// per-key rate limiting, CORS (off unless origins are configured), OpenAPI and the Prometheus export. The caller
    /// registers <see cref="OmniAlpha.Kernel.Live.ITradingHost"/>, <see cref="IApiKeyStore"/>, <see cref="IAuditLog"/>,
    /// <see cref="ISecretStoreAdmin"/> and optionally <see cref="ITradingHistory"/> (default: what the live snapshot
    /// holds) and a <see cref="Logging.LogTail"/>.
    /// </summary>
    public static IServiceCollection AddOmniAlphaServer(this IServiceCollection services, IConfiguration configuration,
        Action<ServerOptions>? configure = null)
    {
        var optionsBuilder = services.AddOptions<ServerOptions>().Bind(configuration.GetSection(ServerOptions.SectionName));
        if (configure is not null)
            optionsBuilder.Configure(configure);
        optionsBuilder.ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServerOptions>, ServerOptionsValidator>();

        services.ConfigureHttpJsonOptions(o => ServerJson.Configure(o.SerializerOptions));
        // Binding failures are thrown so the exception handler can answer them as problems naming the JSON field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier);

        services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyDefaults.ViewerPolicy, p => p.RequireRole(nameof(ApiRole.Viewer), nameof(ApiRole.Trader), nameof(ApiRole.Admin)))
            .AddPolicy(ApiKeyDefaults.TraderPolicy, p => p.RequireRole(nameof(ApiRole.Trader), nameof(ApiRole.Admin)))
            .AddPolicy(ApiKeyDefaults.AdminPolicy, p => p.RequireRole(nameof(ApiRole.Admin)));

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ServerOptions>>((limiter, server) =>
            ConfigureRateLimiting(limiter, server.Value.RateLimit));
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<ServerOptions>>((cors, server) =>
        {
            if (server.Value.CorsOrigins.Length > 0)
                cors.AddPolicy(CorsPolicy, p => p.WithOrigins(server.Value.CorsOrigins).AllowAnyMethod()
                    .WithHeaders(ApiKeyDefaults.Header, "Authorization", "Content-Type"));
        });

        services.AddOpenApi(o => o.AddDocumentTransformer<ApiKeySecuritySchemeTransformer>());

        services.TryAddSingleton<ITradingHistory, SnapshotTradingHistory>();
        services.AddSingleton<CommandRunner>();
        services.AddSingleton<PrometheusExport>();
        return services;
    }

    internal const string CorsPolicy = "omnialpha-cors";

    private static void ConfigureRateLimiting(RateLimiterOptions limiter, RateLimitOptions settings)
    {
        if (!settings.Enabled)
            return;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (context.Request.Path.StartsWithSegments("/health"))
                return RateLimitPartition.GetNoLimiter("health");
            // Per key when one was verified, else per remote address (bad keys must not get a fresh bucket each).
            string partition = context.User.FindFirstValue(ApiKeyDefaults.KeyIdClaim) is { } keyId
                ? "key:" + keyId
                : "ip:" + context.Connection.RemoteIpAddress;
            return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = settings.TokenLimit,
                TokensPerPeriod = settings.TokensPerPeriod,
                ReplenishmentPeriod = settings.ReplenishmentPeriod,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (rejected, cancellationToken) =>
        {
            var context = rejected.HttpContext;
            TimeSpan retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan after) ? after : settings.ReplenishmentPeriod;
            int seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too Many Requests",
                    Detail = $"The rate limit of this API key was reached; retry after {seconds} s.",
                },
            });
        };
    }
}
