using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OmniAlpha.Server.Security;

namespace OmniAlpha.Server.Observability;

/// <summary>Declares the API-key header in the OpenAPI document, so clients and tools know how to authenticate.</summary>
internal sealed class ApiKeySecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "OmniAlpha API";
        document.Info.Description = "Steer and watch the OmniAlpha live trading host. Authenticate with an API key in the " +
            $"{ApiKeyDefaults.Header} header (or Authorization: Bearer); roles: viewer < trader < admin.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyDefaults.Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyDefaults.Header,
            Description = "An API key created with POST /api/admin/keys (or the serve command's first admin key).",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyDefaults.Scheme, document)] = [] });
        return Task.CompletedTask;
    }
}
