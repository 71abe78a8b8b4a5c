using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using OmniAlpha.Server.Ports;

namespace OmniAlpha.Server.Security;

/// <summary>
/// Records every mutating call (POST, PUT, DELETE) in the <see cref="IAuditLog"/> after it is answered, refused ones
/// (401, 403, 429) and failed ones included. It sits after authentication, so the actor is known, and before rate
/// limiting and authorization, so their refusals pass through it.
/// </summary>
internal sealed class AuditMiddleware(RequestDelegate next, IAuditLog audit, ILogger<AuditMiddleware> logger)
{
    /// <summary>HttpContext item an endpoint sets to name what it acted on when the route does not (e.g. a new key's id).</summary>
    internal const string TargetItem = "omnialpha:audit-target";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsMutating(context.Request.Method))
        {
            await next(context);
            return;
        }
        int status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        catch (BadHttpRequestException e)
        {
            // A body that does not bind: the exception handler answers it with its own status (400, 413, 415).
            status = e.StatusCode;
            throw;
        }
        finally
        {
            Record(context, status);
        }
    }

    private void Record(HttpContext context, int status)
    {
        var user = context.User;
        bool authenticated = user.Identity?.IsAuthenticated == true;
        var endpoint = context.GetEndpoint();
        string action = endpoint?.Metadata.GetMetadata<AuditActionAttribute>()?.Action
            ?? $"{context.Request.Method} {context.Request.Path}";
        string? target = context.Items[TargetItem] as string
            ?? context.GetRouteValue("id") as string
            ?? context.GetRouteValue("name") as string;
        string outcome = status switch
        {
            >= 200 and < 300 => "succeeded",
            401 or 403 or 429 => "refused",
            _ => "failed",
        };
        var entry = new AuditEntry(DateTime.UtcNow,
            authenticated ? user.FindFirstValue(ClaimTypes.Name) ?? "unknown" : "anonymous",
            authenticated ? user.FindFirstValue(ClaimTypes.Role)?.ToLowerInvariant() : null,
            action, target, status, outcome, context.Connection.RemoteIpAddress?.ToString(), context.TraceIdentifier);
        try
        {
            audit.Append(entry);
        }
        catch (Exception e)
        {
            // The call has been answered already; losing its audit record must at least be loud.
            logger.LogError(e, "Could not write the audit record of {Action} by {Actor} ({Status})", entry.Action, entry.Actor, status);
        }
    }

    private static bool IsMutating(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsDelete(method) || HttpMethods.IsPatch(method);
}
