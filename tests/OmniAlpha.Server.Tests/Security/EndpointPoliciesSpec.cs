using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OmniAlpha.Server.Security;
using OmniAlpha.Server.Tests.Support;

namespace OmniAlpha.Server.Tests.Security;

/// <summary>The role rules hold for every mapped endpoint, including ones added later.</summary>
public sealed class EndpointPoliciesSpec
{
    [Fact]
    public async Task Every_api_endpoint_needs_a_key_and_every_mutating_one_a_trader_or_admin_key()
    {
        await using var server = await ApiServer.StartAsync();
        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true).ToList();
        Assert.True(endpoints.Count >= 25, $"only {endpoints.Count} /api endpoints found");
        foreach (var endpoint in endpoints)
        {
            string name = $"{string.Join(",", endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} {endpoint.RoutePattern.RawText}";
            Assert.True(endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null, $"{name} allows anonymous calls");
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToHashSet();
            Assert.True(policies.Count > 0, $"{name} has no authorization policy");
            bool mutating = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Any(m => m is "POST" or "PUT" or "DELETE");
            if (mutating)
            {
                Assert.True(policies.Contains(ApiKeyDefaults.TraderPolicy) || policies.Contains(ApiKeyDefaults.AdminPolicy), $"{name} is open to viewers");
                Assert.True(endpoint.Metadata.GetMetadata<AuditActionAttribute>() is not null, $"{name} has no audit action name");
            }
        }
    }
}
