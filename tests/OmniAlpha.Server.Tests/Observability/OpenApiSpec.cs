using System.Net;
using OmniAlpha.Server.Tests.Support;

namespace OmniAlpha.Server.Tests.Observability;

/// <summary>GET /openapi/v1.json describes every endpoint and the API-key scheme.</summary>
public sealed class OpenApiSpec
{
    [Fact]
    public async Task The_document_lists_every_endpoint()
    {
        await using var server = await ApiServer.StartAsync();
        var response = await server.Client().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadJsonAsync();
        var paths = document["paths"]!.AsObject();
        string[] expected =
        [
            "/health", "/health/ready", "/api/strategies", "/api/strategies/{id}", "/api/strategies/{id}/start",
            "/api/strategies/{id}/stop", "/api/strategies/{id}/pause", "/api/strategies/{id}/resume",
            "/api/strategies/{id}/reload", "/api/strategies/{id}/script", "/api/strategies/{id}/trading-state",
            "/api/trading-state", "/api/strategies/{id}/kill", "/api/kill", "/api/orders", "/api/fills", "/api/positions",
            "/api/account", "/api/equity", "/api/logs", "/api/audit", "/api/events", "/api/admin/keys",
            "/api/admin/keys/{id}", "/api/admin/secrets", "/api/admin/secrets/{name}",
        ];
        var missing = expected.Where(p => !paths.ContainsKey(p)).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing) + "; present: " + string.Join(", ", paths.Select(p => p.Key)));
        Assert.NotNull(paths["/api/strategies"]!["post"]);
        Assert.NotNull(paths["/api/admin/keys/{id}"]!["delete"]);
        Assert.Equal("X-Api-Key", document["components"]!["securitySchemes"]!["ApiKey"]!["name"].Text());
    }
}
