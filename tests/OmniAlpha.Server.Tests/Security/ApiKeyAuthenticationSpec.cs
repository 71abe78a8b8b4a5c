using System.Net;
using OmniAlpha.Server.Tests.Support;

namespace OmniAlpha.Server.Tests.Security;

/// <summary>API keys: who may call what. viewer &lt; trader &lt; admin; 401 without a valid key, 403 for a role that may not.</summary>
public sealed class ApiKeyAuthenticationSpec
{
    [Fact]
    public async Task Health_needs_no_key()
    {
        await using var server = await ApiServer.StartAsync();
        var response = await server.Client().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("alive", (await response.ReadJsonAsync())["status"].Text());
    }

    [Fact]
    public async Task Readiness_follows_the_engine()
    {
        await using var server = await ApiServer.StartAsync();
        server.Host.IsReady = false;
        var notReady = await server.Client().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Equal("not-ready", (await notReady.ReadJsonAsync())["status"].Text());
        server.Host.IsReady = true;
        var ready = await server.Client().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(7, (long)(await ready.ReadJsonAsync())["snapshotVersion"]!);
    }

    [Fact]
    public async Task Api_without_a_key_is_401_with_a_challenge()
    {
        await using var server = await ApiServer.StartAsync();
        var response = await server.Client().GetAsync("/api/strategies");
        var problem = await response.AssertProblemAsync(401);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString());
        Assert.Contains("X-Api-Key", problem["detail"].Text());
    }

    [Fact]
    public async Task Api_with_a_bad_key_is_401_and_does_not_echo_it()
    {
        await using var server = await ApiServer.StartAsync();
        const string badKey = "oa_not-a-real-key-0123456789";
        var response = await server.Client(badKey).GetAsync("/api/strategies");
        var problem = await response.AssertProblemAsync(401);
        Assert.NotEmpty(response.Headers.WwwAuthenticate);
        Assert.Contains("not valid", problem["detail"].Text());
        Assert.DoesNotContain(badKey, problem.ToJsonString());
    }

    [Fact]
    public async Task Bearer_authorization_is_accepted_too()
    {
        await using var server = await ApiServer.StartAsync();
        var response = await server.BearerClient(server.ViewerKey).GetAsync("/api/strategies");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Viewer_may_read_but_not_steer()
    {
        await using var server = await ApiServer.StartAsync();
        var viewer = server.Client(server.ViewerKey);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/account")).StatusCode);
        var problem = await (await viewer.PostAsync("/api/strategies/sma-spy/pause", null)).AssertProblemAsync(403);
        Assert.Contains("viewer", problem["detail"].Text());
        Assert.Empty(server.Host.Commands); // refused before it reached the engine
    }

    [Fact]
    public async Task Trader_may_steer_but_not_administer()
    {
        await using var server = await ApiServer.StartAsync();
        var trader = server.Client(server.TraderKey);
        Assert.Equal(HttpStatusCode.OK, (await trader.PostAsync("/api/strategies/sma-spy/pause", null)).StatusCode);
        await (await trader.GetAsync("/api/admin/keys")).AssertProblemAsync(403);
        await (await trader.GetAsync("/api/audit")).AssertProblemAsync(403);
        await (await trader.PutJsonAsync("/api/admin/secrets/broker-key", new { value = "x" })).AssertProblemAsync(403);
        Assert.Empty(server.Secrets.Names());
    }

    [Fact]
    public async Task Admin_may_do_everything()
    {
        await using var server = await ApiServer.StartAsync();
        var admin = server.Client(server.AdminKey);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/strategies")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/strategies/sma-spy/stop", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/keys")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_no_longer_authenticates()
    {
        await using var server = await ApiServer.StartAsync();
        string id = server.Keys.List().Single(k => k.Name == "viewer-bot").Id;
        var revoke = await server.Client(server.AdminKey).DeleteAsync($"/api/admin/keys/{id}");
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        await (await server.Client(server.ViewerKey).GetAsync("/api/strategies")).AssertProblemAsync(401);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        await using var server = await ApiServer.StartAsync();
        foreach (string path in new[] { "/", "/health", "/api/strategies" })
        {
            var response = await server.Client().GetAsync(path);
            string csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }
}
