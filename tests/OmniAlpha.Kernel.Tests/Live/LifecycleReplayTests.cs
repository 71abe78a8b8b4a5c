using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>Every journaled command is replayed at its data time after a restart: the recovered host equals the one that stopped.</summary>
public class LifecycleReplayTests
{
    private static ProbeStrategy Planned()
    {
        var probe = new ProbeStrategy();
        probe.Plan[2] = p => p.BuyNow("AAA", 10);
        probe.Plan[3] = p => p.BuyLimit("AAA", 3, 60m);
        probe.Plan[5] = p => p.SellNow("AAA", 4);
        probe.Plan[7] = p => p.BuyNow("BBB", 6);
        probe.Plan[9] = p => p.SellNow("AAA", 2);
        return probe;
    }

    [Fact]
    public async Task Commands_are_replayed_identically_after_a_restart()
    {
        var host = new ProbeHost();
        host.Factory.Add("Planned.cs", _ => Planned()).Add("Planned2.cs", _ => Planned());
        await host.Start();
        foreach (var id in new[] { "a", "b", "c" })
            Assert.True((await host.Engine.Do(LiveTestKit.Deploy(id, ProbeHost.Script("Planned.cs", "AAA,BBB")))).Succeeded);
        decimal Price(int day) => 100m + (day % 5) - (day % 3);
        async Task Steps(int n) { for (int i = 0; i < n; i++) await host.Step(Price(host.Day), "AAA", "BBB"); }

        await Steps(3);
        Assert.True((await host.Engine.Do(LiveTestKit.Command(TradingCommandKind.Pause, "a"))).Succeeded);
        await Steps(2);
        Assert.True((await host.Engine.Do(LiveTestKit.Command(TradingCommandKind.Resume, "a"))).Succeeded);
        Assert.True((await host.Engine.Do(new TradingCommand(TradingCommandKind.SetTradingState, "b", "t") { State = TradingState.Reducing })).Succeeded);
        await Steps(3);
        Assert.True((await host.Engine.Do(LiveTestKit.Command(TradingCommandKind.Stop, "c"))).Succeeded);
        await Steps(1);
        Assert.True((await host.Engine.Do(LiveTestKit.Command(TradingCommandKind.Start, "c"))).Succeeded);
        Assert.True((await host.Engine.Do(new TradingCommand(TradingCommandKind.Upload, "a", "t") { Script = ProbeHost.Script("Planned2.cs") with { Symbols = [] } })).Succeeded);
        await Steps(3);
        Assert.True((await host.Engine.Do(new TradingCommand(TradingCommandKind.Kill, "b", "t") { Flatten = true })).Succeeded);
        await Steps(3);
        await host.Engine.StopAsync(CancellationToken.None);
        var before = host.Engine.Current;
        Assert.Contains(before.Strategies, s => s.Positions.Count > 0);

        await using var restarted = new ProbeHost(host.Journal, host.Feed);
        restarted.Factory.Add("Planned.cs", _ => Planned()).Add("Planned2.cs", _ => Planned());
        await restarted.Start();
        var after = restarted.Engine.Current;
        Assert.Equal(before.DataTimeUtc, after.DataTimeUtc);
        Assert.Equal(Describe(before), Describe(after));
        await host.DisposeAsync();
    }

    private static string[] Describe(LiveHostSnapshot snapshot) =>
        [.. snapshot.Strategies.Select(s => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{s.Id} v{s.ScriptVersion} {s.FileName} {s.Status} {s.TradingState} cash={s.Cash} equity={s.Equity} realized={s.RealizedPnl} positions=[{string.Join(";", s.Positions.Select(p => $"{p.Symbol}:{p.Quantity}@{p.AverageCost}"))}] open=[{string.Join(";", s.OpenOrders.Select(o => $"{o.ClientOrderId}:{o.Side}:{o.Quantity}"))}] fills=[{string.Join(";", s.RecentFills.Select(f => $"{f.ClientOrderId}:{f.Quantity}@{f.Price}"))}]"))];
}
