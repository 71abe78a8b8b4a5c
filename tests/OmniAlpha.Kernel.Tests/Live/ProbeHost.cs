using OmniAlpha.Kernel.Live;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>A live engine on a <see cref="ManualFeed"/> with probe strategies the test steers step by step.</summary>
internal sealed class ProbeHost : IAsyncDisposable
{
    private int _day;

    public ProbeHost(InMemoryJournal? journal = null, ManualFeed? feed = null, LiveEngineOptions? options = null,
        Func<IReadOnlyList<OmniAlpha.Sdk.Instruments.Instrument>, OmniAlpha.Sdk.Brokerage.ISimulatedBrokerage>? venues = null,
        Microsoft.Extensions.Logging.ILogger? logger = null)
    {
        Journal = journal ?? new InMemoryJournal();
        Feed = feed ?? new ManualFeed();
        Factory = new TestStrategyFactory()
            .Add("Probe.cs", _ => Track(new ProbeStrategy()))
            .Add("Probe2.cs", _ => Track(new ProbeStrategy()));
        var data = LiveTestKit.RandomWalk(1, 1, "AAA", "BBB");
        Engine = LiveTestKit.Engine(Journal, Feed, Feed, data, Factory,
            options ?? new LiveEngineOptions { CheckpointInterval = TimeSpan.FromHours(1), SnapshotInterval = TimeSpan.Zero }, venues, logger);
    }

    public InMemoryJournal Journal { get; }
    public ManualFeed Feed { get; }
    public TestStrategyFactory Factory { get; }
    public LiveEngine Engine { get; }
    public List<ProbeStrategy> Probes { get; } = [];

    /// <summary>The newest probe instance (after a reload, the new version).</summary>
    public ProbeStrategy Probe => Probes[^1];

    public StrategySnapshot Strategy(string id) => Engine.Current.Strategies.Single(s => s.Id == id);

    public Task Start() => Engine.StartAsync(CancellationToken.None);

    public static StrategyScript Script(string file = "Probe.cs", string symbols = "AAA") =>
        new(file, "// " + file, symbols.Split(','), new Dictionary<string, string>(), 100_000m);

    public async Task Deploy(string id, string symbols = "AAA")
    {
        var result = await Engine.Do(LiveTestKit.Deploy(id, Script(symbols: symbols)));
        Assert.True(result.Succeeded, result.Error);
    }

    /// <summary>Pushes the next day's bar of every symbol at <paramref name="price"/> and waits until the engine processed it.</summary>
    public async Task Step(decimal price = 100m, params string[] symbols)
    {
        if (symbols.Length == 0) symbols = ["AAA"];
        var bars = symbols.Select(s => ManualFeed.Bar(s, _day, price, price)).ToArray();
        _day++;
        Feed.Push(bars);
        await Engine.WaitFor(bars[0].EndTime);
    }

    /// <summary>Continues the day count of a previous host (a restart).</summary>
    public ProbeHost From(int day)
    {
        _day = day;
        return this;
    }

    public int Day => _day;

    private ProbeStrategy Track(ProbeStrategy probe)
    {
        Probes.Add(probe);
        return probe;
    }

    public async ValueTask DisposeAsync() => await Engine.DisposeAsync();
}
