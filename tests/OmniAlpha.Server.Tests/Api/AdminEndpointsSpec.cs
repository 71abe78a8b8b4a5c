using System.Net;
using OmniAlpha.Server.Tests.Support;

namespace OmniAlpha.Server.Tests.Api;

/// <summary>API keys (shown once), secrets (write-only: names out, never values).</summary>
public sealed class AdminEndpointsSpec
{
    [Fact]
    public async Task A_created_key_is_returned_once_and_authenticates_with_its_role()
    {
        await using var server = await ApiServer.StartAsync();
        var admin = server.Client(server.AdminKey);
        var response = await admin.PostJsonAsync("/api/admin/keys", new { name = "grafana", role = "VIEWER" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadJsonAsync();
        string key = created["key"].Text();
        string id = created["id"].Text();
        Assert.Equal(("grafana", "Viewer"), (created["name"].Text(), created["role"].Text()));
        Assert.Equal($"/api/admin/keys/{id}", response.Headers.Location?.OriginalString);

        var grafana = server.Client(key);
        Assert.Equal(HttpStatusCode.OK, (await grafana.GetAsync("/api/strategies")).StatusCode);
        await (await grafana.PostAsync("/api/strategies/sma-spy/stop", null)).AssertProblemAsync(403);

        string listing = await (await admin.GetAsync("/api/admin/keys")).Content.ReadAsStringAsync();
        Assert.Contains("grafana", listing);
        Assert.DoesNotContain(key, listing);
        Assert.DoesNotContain("hash", listing, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"key\"", listing);
        var audited = server.Audit.Recent(10).Single(e => e.Action == "key.create");
        Assert.Equal((id, "admin-ann", 201), (audited.Target, audited.Actor, audited.Status)); // the key by id, never its text
    }

    [Fact]
    public async Task Key_requests_are_validated_by_field()
    {
        await using var server = await ApiServer.StartAsync();
        var problem = await (await server.Client(server.AdminKey).PostJsonAsync("/api/admin/keys", new { name = "", role = "root" }))
            .AssertProblemAsync(400);
        Assert.NotNull(problem["errors"]!["name"]);
        Assert.NotNull(problem["errors"]!["role"]);
        await (await server.Client(server.AdminKey).DeleteAsync("/api/admin/keys/nope")).AssertProblemAsync(404);
    }

    [Fact]
    public async Task A_second_live_key_with_the_same_name_is_a_conflict()
    {
        await using var server = await ApiServer.StartAsync();
        var problem = await (await server.Client(server.AdminKey).PostJsonAsync("/api/admin/keys", new { name = "trader-joe", role = "trader" }))
            .AssertProblemAsync(409);
        Assert.Contains("trader-joe", problem["detail"].Text());
        Assert.Single(server.Keys.List(), k => k.Name == "trader-joe");
    }

    [Fact]
    public async Task Secret_values_go_in_and_never_come_out()
    {
        var store = new InMemorySecretStore();
        await using var server = await ApiServer.StartAsync(secrets: store);
        const string value = "very-secret-broker-token-42";
        var admin = server.Client(server.AdminKey);
        var put = await admin.PutJsonAsync("/api/admin/secrets/broker.token", new { value });
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(value, store.Values["broker.token"]);

        var bodies = new List<string> { await put.Content.ReadAsStringAsync() };
        foreach (string path in new[] { "/api/admin/secrets", "/api/audit", "/api/logs?lines=1000", "/api/strategies", "/api/admin/keys" })
        {
            var response = await admin.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(["broker.token"], (await (await admin.GetAsync("/api/admin/secrets")).ReadJsonAsync()).AsArray().Select(n => n.Text()));
        Assert.All(bodies, body => Assert.DoesNotContain(value, body));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/admin/secrets/broker.token")).StatusCode);
        Assert.Empty(server.Secrets.Names());
        await (await admin.DeleteAsync("/api/admin/secrets/broker.token")).AssertProblemAsync(404);
    }

    [Fact]
    public async Task Secret_requests_are_validated_by_field()
    {
        await using var server = await ApiServer.StartAsync();
        var problem = await (await server.Client(server.AdminKey).PutJsonAsync("/api/admin/secrets/bad%20name", new { value = "" }))
            .AssertProblemAsync(400);
        Assert.NotNull(problem["errors"]!["name"]);
        Assert.NotNull(problem["errors"]!["value"]);
        Assert.Empty(server.Secrets.Names());
    }
}
