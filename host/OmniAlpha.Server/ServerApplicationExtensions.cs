using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Server.Api;
using OmniAlpha.Server.Observability;
using OmniAlpha.Server.Security;
using OmniAlpha.Server.Views;
using Prometheus;

namespace OmniAlpha.Server;

/// <summary>Builds the REST API server's request pipeline and endpoints.</summary>
public static class ServerApplicationExtensions
{
    /// <summary>
    /// Adds the middleware (errors as problem details, security headers, dashboard files, routing, authentication,
    /// audit, rate limiting, authorization, HTTP metrics) and maps every endpoint: /health, /health/ready, /api/**,
    /// /metrics and /openapi/v1.json. Call it once, after <see cref="ServerServiceCollectionExtensions.AddOmniAlphaServer"/>.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <param name="dashboardFiles">The dashboard's files; the ones embedded in this assembly (wwwroot) when null.</param>
    public static WebApplication MapOmniAlphaServer(this WebApplication app, IFileProvider? dashboardFiles = null)
    {
        var options = app.Services.GetRequiredService<IOptions<ServerOptions>>().Value;
        var prometheus = app.Services.GetRequiredService<PrometheusExport>();

        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = WriteErrorAsync,
            // A body that does not bind is the client's error, answered as a 400 problem: not an error in the server log.
            SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException,
        });
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();

        IFileProvider files = dashboardFiles ?? DashboardFiles.Embedded();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });

        app.UseRouting();
        if (options.CorsOrigins.Length > 0)
            app.UseCors(ServerServiceCollectionExtensions.CorsPolicy);
        app.UseHttpMetrics(o => o.SetMetricFactory(Metrics.WithCustomRegistry(prometheus.Registry)));
        app.UseAuthentication();
        app.UseMiddleware<AuditMiddleware>();
        if (options.RateLimit.Enabled)
            app.UseRateLimiter();
        app.UseAuthorization();

        MapHealth(app);
        // Every /api endpoint needs at least a viewer key, whatever its own policy says (defence in depth).
        var api = app.MapGroup("/api").RequireAuthorization(ApiKeyDefaults.ViewerPolicy);
        StrategyEndpoints.Map(api);
        ReadEndpoints.Map(api);
        EventStreamEndpoint.Map(api);
        AdminEndpoints.Map(api);

        var metrics = app.MapMetrics("/metrics", prometheus.Registry);
        if (options.MetricsRequireKey)
            metrics.RequireAuthorization(ApiKeyDefaults.ViewerPolicy);
        app.MapOpenApi();
        return app;
    }

    private static void MapHealth(WebApplication app)
    {
        var health = app.MapGroup("/health").WithTags("Health").AllowAnonymous();
        health.MapGet("/", (ITradingHost host) => new HealthView("alive", host.Current.Version, host.Current.DataTimeUtc))
            .WithName("Liveness").WithSummary("200 while the process serves requests (no key needed).");
        health.MapGet("/ready", (ITradingHost host) =>
            {
                var snapshot = host.Current;
                return host.IsReady
                    ? Results.Ok(new HealthView("ready", snapshot.Version, snapshot.DataTimeUtc))
                    : Results.Json(new HealthView("not-ready", snapshot.Version, snapshot.DataTimeUtc), statusCode: StatusCodes.Status503ServiceUnavailable);
            }).WithName("Readiness").WithSummary("200 once the engine recovered and processes live data, else 503 (no key needed).")
            .Produces<HealthView>().Produces<HealthView>(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>
    /// A body that does not bind becomes a 400 problem naming the JSON field; anything else a 500 problem that says
    /// nothing about the exception (the log has it, with the same trace id).
    /// </summary>
    private static async Task WriteErrorAsync(HttpContext context)
    {
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (context.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad)
        {
            context.Response.StatusCode = bad.StatusCode;
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = BadRequestProblem(bad) });
            return;
        }
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Internal Server Error",
                Detail = "The server failed to answer this request; the server log has the details under this trace id.",
            },
        });
    }

    private static ProblemDetails BadRequestProblem(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException { Path: { Length: > 0 } path })
        {
            // "$.startingCash" -> "startingCash", "$.symbols[1]" -> "symbols[1]": the field as the client wrote it.
            string field = path.TrimStart('$').TrimStart('.');
            if (field.Length == 0)
                field = "body";
            return new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field] = ["The value is not valid JSON for this field (wrong type or malformed)."],
            })
            {
                Status = bad.StatusCode,
                Title = "The request is not valid",
                Detail = "See errors for each field.",
            };
        }
        return new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status400BadRequest ? "Bad Request" : ReasonPhrases.GetReasonPhrase(bad.StatusCode),
            // The framework's messages name the missing or malformed part ("Required parameter ... was not provided from body").
            Detail = bad.Message,
        };
    }
}
