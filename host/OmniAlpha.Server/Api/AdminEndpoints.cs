using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OmniAlpha.Server.Api.Requests;
using OmniAlpha.Server.Ports;
using OmniAlpha.Server.Security;
using OmniAlpha.Server.Views;

namespace OmniAlpha.Server.Api;

/// <summary>API keys, secrets (write-only) and the audit log (admin role).</summary>
internal static class AdminEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin").RequireAuthorization(ApiKeyDefaults.AdminPolicy);

        admin.MapPost("/keys", (CreateApiKeyRequest body, HttpContext context, IApiKeyStore keys) =>
            {
                var errors = new Dictionary<string, string[]>();
                string name = body.Name?.Trim() ?? "";
                if (name.Length is 0 or > 64 || name.Any(char.IsControl))
                    errors["name"] = ["A key name of 1 to 64 printable characters is required."];
                if (!RequestValidation.TryParseRole(body.Role, out var role))
                    errors["role"] = [$"'{body.Role}' is not a role: use viewer, trader or admin."];
                if (errors.Count > 0)
                    return ApiProblems.Validation(errors);
                // Names are the actors in the audit log and the journal: two live keys with one name would be ambiguous.
                if (keys.List().Any(k => string.Equals(k.Name, name, StringComparison.Ordinal)))
                    return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict",
                        detail: $"An API key named '{name}' exists already; revoke it first or choose another name.");
                var created = keys.Create(name, role);
                context.Items[AuditMiddleware.TargetItem] = created.Info.Id;
                return Results.Created($"/api/admin/keys/{Uri.EscapeDataString(created.Info.Id)}", CreatedApiKeyView.From(created));
            }).WithName("CreateApiKey").WithSummary("Creates an API key; the key is in this answer only, never shown again.")
            .Produces<CreatedApiKeyView>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithMetadata(new AuditActionAttribute("key.create"));

        admin.MapGet("/keys", (IApiKeyStore keys) => keys.List().Select(ApiKeyView.From).ToList())
            .WithName("ListApiKeys").WithSummary("Every API key: id, name, role and dates (no keys, no hashes).");

        admin.MapDelete("/keys/{id}", (string id, IApiKeyStore keys) =>
                keys.Revoke(id) ? Results.NoContent() : ApiProblems.NotFound($"No API key '{id}'."))
            .WithName("RevokeApiKey").WithSummary("Revokes an API key.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound)
            .WithMetadata(new AuditActionAttribute("key.revoke"));

        admin.MapPut("/secrets/{name}", (string name, SecretValueRequest body, ISecretStoreAdmin secrets) =>
            {
                var errors = new Dictionary<string, string[]>();
                if (!RequestValidation.SecretNamePattern().IsMatch(name))
                    errors["name"] = ["A secret name is 1 to 128 letters, digits, '.', '_', ':', '/' or '-', starting with a letter or digit."];
                if (string.IsNullOrEmpty(body.Value))
                    errors["value"] = ["The secret's value is required."];
                if (errors.Count > 0)
                    return ApiProblems.Validation(errors);
                secrets.Set(name, body.Value!);
                return Results.NoContent();
            }).WithName("SetSecret").WithSummary("Creates or replaces a secret (stored encrypted; its value is never returned).")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem()
            .WithMetadata(new AuditActionAttribute("secret.set"));

        admin.MapGet("/secrets", (ISecretStoreAdmin secrets) => secrets.Names())
            .WithName("ListSecrets").WithSummary("The names of the stored secrets (never their values).");

        admin.MapDelete("/secrets/{name}", (string name, ISecretStoreAdmin secrets) =>
                secrets.Delete(name) ? Results.NoContent() : ApiProblems.NotFound($"No secret '{name}'."))
            .WithName("DeleteSecret").WithSummary("Deletes a secret.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound)
            .WithMetadata(new AuditActionAttribute("secret.delete"));

        api.MapGet("/audit", (int? limit, IAuditLog audit, IOptions<ServerOptions> options) =>
                RequestValidation.TryPageSize(limit, 100, options.Value.MaxPageSize, out int count)
                    ? Results.Ok(audit.Recent(count))
                    : ApiProblems.Validation("limit", $"limit must be between 1 and {options.Value.MaxPageSize}."))
            .WithTags("Admin").WithName("ListAudit").WithSummary("The newest audit entries, newest first.")
            .Produces<List<AuditEntry>>().ProducesValidationProblem()
            .RequireAuthorization(ApiKeyDefaults.AdminPolicy);
    }
}
