using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmniAlpha.Server.Ports;

namespace OmniAlpha.Server.Security;

/// <summary>
/// Authenticates a request by its API key (<c>X-Api-Key</c> header or <c>Authorization: Bearer</c>) against the
/// <see cref="IApiKeyStore"/>, and answers challenges (401) and forbids (403) with problem documents.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiKeyStore keys,
    IProblemDetailsService problems) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BadKeyItem = "omnialpha:bad-key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? presented = PresentedKey(Request);
        if (presented is null)
            return Task.FromResult(AuthenticateResult.NoResult());
        ApiKeyIdentity? identity = keys.Verify(presented);
        if (identity is null)
        {
            Context.Items[BadKeyItem] = true;
            // Never the key itself: a mistyped key is often one character away from a real one.
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid or was revoked."));
        }
        var claims = new[]
        {
            new Claim(ClaimTypes.Name, identity.Name),
            new Claim(ClaimTypes.Role, identity.Role.ToString()),
            new Claim(ApiKeyDefaults.KeyIdClaim, identity.KeyId),
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyDefaults.Scheme));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, ApiKeyDefaults.Scheme)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{ApiKeyDefaults.Scheme} header=\"{ApiKeyDefaults.Header}\", Bearer";
        string detail = Context.Items.ContainsKey(BadKeyItem)
            ? "The API key is not valid or was revoked."
            : $"An API key is required: send it in the {ApiKeyDefaults.Header} header or as 'Authorization: Bearer <key>'.";
        return WriteProblem(StatusCodes.Status401Unauthorized, "Unauthorized", detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        string role = Context.User.FindFirstValue(ClaimTypes.Role) ?? "none";
        return WriteProblem(StatusCodes.Status403Forbidden, "Forbidden",
            $"The API key's role ({role.ToLowerInvariant()}) may not do this.");
    }

    private Task WriteProblem(int status, string title, string detail) =>
        problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).AsTask();

    /// <summary>The key the request presents, or null when it presents none.</summary>
    internal static string? PresentedKey(HttpRequest request)
    {
        string? header = request.Headers[ApiKeyDefaults.Header];
        if (!string.IsNullOrWhiteSpace(header))
            return header.Trim();
        string? authorization = request.Headers.Authorization;
        const string bearer = "Bearer ";
        if (authorization is not null && authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            string key = authorization[bearer.Length..].Trim();
            return key.Length == 0 ? null : key;
        }
        return null;
    }
}
