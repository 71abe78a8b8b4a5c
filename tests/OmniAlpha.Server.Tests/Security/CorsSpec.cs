using System.Net;
using OmniAlpha.Server.Tests.Support;

namespace OmniAlpha.Server.Tests.Security;

/// <summary>CORS is off unless origins are configured (the dashboard is same-origin).</summary>
public sealed class CorsSpec
{
    [Fact]
    public async Task Off_by_default_and_allowed_only_for_configured_origins()
    {
        await using (var closed = await ApiServer.StartAsync())
        {
            var response = await closed.Client().SendAsync(Preflight("https://evil.example"));
            Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        }
        await using var open = await ApiServer.StartAsync(new Dictionary<string, string?> { ["Server:CorsOrigins:0"] = "https://ops.example" });
        var allowed = await open.Client().SendAsync(Preflight("https://ops.example"));
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("https://ops.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var other = await open.Client().SendAsync(Preflight("https://evil.example"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/strategies");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key");
        return request;
    }
}
