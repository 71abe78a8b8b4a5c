using System.Net;
using OmniAlpha.Server.Tests.Support;

namespace OmniAlpha.Server.Tests.Security;

/// <summary>A token bucket per API key: past the burst, 429 with Retry-After; other keys are not affected.</summary>
public sealed class RateLimitSpec
{
    private static readonly Dictionary<string, string?> Tight = new()
    {
        ["Server:RateLimit:TokenLimit"] = "3",
        ["Server:RateLimit:TokensPerPeriod"] = "1",
        ["Server:RateLimit:ReplenishmentPeriod"] = "00:01:00",
    };

    [Fact]
    public async Task Past_the_burst_a_key_gets_429_with_retry_after()
    {
        await using var server = await ApiServer.StartAsync(Tight);
        var viewer = server.Client(server.ViewerKey);
        for (int i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/strategies")).StatusCode);
        var limited = await viewer.GetAsync("/api/strategies");
        var problem = await limited.AssertProblemAsync(429);
        Assert.Contains("rate limit", problem["detail"].Text());
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);
        Assert.True(limited.Headers.RetryAfter!.Delta >= TimeSpan.FromSeconds(1));
        // Another key has its own bucket; health checks are never limited.
        Assert.Equal(HttpStatusCode.OK, (await server.Client(server.TraderKey).GetAsync("/api/strategies")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client().GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task A_limited_mutating_call_is_audited_as_refused_and_never_reaches_the_engine()
    {
        await using var server = await ApiServer.StartAsync(Tight);
        var trader = server.Client(server.TraderKey);
        var statuses = new List<int>();
        for (int i = 0; i < 4; i++)
            statuses.Add((int)(await trader.PostAsync("/api/strategies/sma-spy/pause", null)).StatusCode);
        Assert.Equal([200, 200, 200, 429], statuses);
        Assert.Equal(3, server.Host.Commands.Count);
        var last = server.Audit.Recent(1).Single();
        Assert.Equal((429, "refused", "trader-joe"), (last.Status, last.Outcome, last.Actor));
    }
}
