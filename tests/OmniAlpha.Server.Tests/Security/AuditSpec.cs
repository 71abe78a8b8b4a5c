using System.Net;
using OmniAlpha.Server.Tests.Support;

namespace OmniAlpha.Server.Tests.Security;

/// <summary>Every POST, PUT and DELETE is audited with actor, role, action, target, status and address, refused ones too.</summary>
public sealed class AuditSpec
{
    [Fact]
    public async Task A_successful_command_is_audited()
    {
        await using var server = await ApiServer.StartAsync();
        await server.Client(server.TraderKey).PostAsync("/api/strategies/sma-spy/pause", null);
        var entry = Assert.Single(server.Audit.Recent(10));
        Assert.Equal(("trader-joe", "trader", "strategy.pause", "sma-spy", 200, "succeeded", "127.0.0.1"),
            (entry.Actor, entry.Role, entry.Action, entry.Target, entry.Status, entry.Outcome, entry.RemoteAddress));
        Assert.Equal(DateTimeKind.Utc, entry.TimeUtc.Kind);
    }

    [Fact]
    public async Task Refused_calls_are_audited_as_refused()
    {
        await using var server = await ApiServer.StartAsync();
        await server.Client().PostAsync("/api/strategies/sma-spy/stop", null);
        await server.Client("oa_wrong").PostAsync("/api/strategies/sma-spy/stop", null);
        await server.Client(server.ViewerKey).PostAsync("/api/strategies/sma-spy/stop", null);
        await server.Client(server.TraderKey).DeleteAsync("/api/admin/secrets/broker");
        var entries = server.Audit.Recent(10).Reverse().ToList();
        Assert.Equal(
            [("anonymous", null, 401), ("anonymous", null, 401), ("viewer-bot", "viewer", 403), ("trader-joe", "trader", 403)],
            entries.Select(e => (e.Actor, e.Role, e.Status)));
        Assert.All(entries, e => Assert.Equal("refused", e.Outcome));
        Assert.Equal(["strategy.stop", "strategy.stop", "strategy.stop", "secret.delete"], entries.Select(e => e.Action));
        Assert.Empty(server.Host.Commands);
    }

    [Fact]
    public async Task Failed_and_invalid_calls_are_audited_with_their_status()
    {
        await using var server = await ApiServer.StartAsync();
        var trader = server.Client(server.TraderKey);
        await trader.PutJsonAsync("/api/trading-state", new { state = "SIDEWAYS" });
        server.Host.Respond = _ => throw new InvalidOperationException("boom");
        await trader.PostAsync("/api/strategies/sma-spy/reload", null);
        await trader.PostAsync("/api/no-such-route", null);
        var entries = server.Audit.Recent(10).Reverse().ToList();
        Assert.Equal([("host.trading-state", 400), ("strategy.reload", 500), ("POST /api/no-such-route", 404)],
            entries.Select(e => (e.Action, e.Status)));
        Assert.All(entries, e => Assert.Equal("failed", e.Outcome));
    }

    [Fact]
    public async Task Reads_are_not_audited_and_the_log_is_for_admins()
    {
        await using var server = await ApiServer.StartAsync();
        await server.Client(server.ViewerKey).GetAsync("/api/strategies");
        Assert.Empty(server.Audit.Recent(10));
        await server.Client(server.AdminKey).PutJsonAsync("/api/admin/secrets/broker-key", new { value = "pa55" });
        var response = await server.Client(server.AdminKey).GetAsync("/api/audit?limit=5");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single((await response.ReadJsonAsync()).AsArray())!;
        Assert.Equal(("admin-ann", "secret.set", "broker-key"), (entry["actor"].Text(), entry["action"].Text(), entry["target"].Text()));
        await (await server.Client(server.TraderKey).GetAsync("/api/audit")).AssertProblemAsync(403);
    }
}
