using System.Net;
using OmniAlpha.Server.Tests.Support;

namespace OmniAlpha.Server.Tests.Api;

/// <summary>The dashboard's static files are served at / with index.html, without a key, under the CSP.</summary>
public sealed class DashboardFilesSpec
{
    [Fact]
    public async Task Root_serves_index_html_and_its_scripts_without_a_key()
    {
        await using var server = await ApiServer.StartAsync();
        var index = await server.Client().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
        Assert.Contains("omnialpha-test-dashboard", await index.Content.ReadAsStringAsync());
        Assert.Contains("script-src 'self'", string.Join(";", index.Headers.GetValues("Content-Security-Policy")));
        var script = await server.Client().GetAsync("/app.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_file_is_a_404_problem()
    {
        await using var server = await ApiServer.StartAsync();
        await (await server.Client().GetAsync("/nope.js")).AssertProblemAsync(404);
    }

    [SkippableFact]
    public async Task The_embedded_dashboard_is_served_when_the_assembly_carries_one()
    {
        var embedded = DashboardFiles.Embedded();
        Skip.IfNot(DashboardFiles.HasIndex(embedded), "this build of OmniAlpha.Server has no wwwroot/index.html (the dashboard is built separately)");
        await using var server = await ApiServer.StartAsync(dashboard: embedded);
        var index = await server.Client().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        string html = await index.Content.ReadAsStringAsync();
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html); // no CDN
    }
}
