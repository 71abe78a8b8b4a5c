using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>Data, scripts and engine set-up shared by the live-engine specifications.</summary>
internal static class LiveTestKit
{
    public static readonly DateTime Start = new(2024, 1, 2, 21, 0, 0, DateTimeKind.Utc);

    /// <summary>A seeded random walk of daily bars per symbol (swings enough for SMA crosses).</summary>
    public static BarSeries[] RandomWalk(int bars, int seed, params string[] symbols)
    {
        var result = new BarSeries[symbols.Length];
        for (int s = 0; s < symbols.Length; s++)
        {
            var random = new Random(seed + s * 7919);
            var list = new Bar[bars];
            decimal close = 100m;
            for (int i = 0; i < bars; i++)
            {
                decimal open = close;
                double trend = Math.Sin(i / 9.0) * 0.9;
                close = Math.Max(5m, Math.Round(open + (decimal)(trend + (random.NextDouble() - 0.5) * 1.5), 2));
                decimal high = Math.Max(open, close) + 0.3m, low = Math.Min(open, close) - 0.3m;
                list[i] = new Bar(symbols[s], Start.AddDays(i), open, high, low, close, 100_000m);
            }
            result[s] = new BarSeries(Instrument.UsEquity(symbols[s]), list, TimeSpan.FromDays(1));
        }
        return result;
    }

    public static StrategyScript Sma(string symbols = "AAA", decimal cash = 100_000m, int fast = 3, int slow = 8, string quantity = "10") =>
        new("SmaCross.cs", "// SmaCross", symbols.Split(','),
            new Dictionary<string, string> { ["fast"] = fast.ToString(), ["slow"] = slow.ToString(), ["quantity"] = quantity }, cash);

    public static TradingCommand Deploy(string id, StrategyScript script) => new(TradingCommandKind.Deploy, id, "tester") { Script = script };

    public static TradingCommand Command(TradingCommandKind kind, string? id) => new(kind, id, "tester");

    public static LiveEngine Engine(ITradingJournal journal, ILiveDataFeed feed, IBarHistory history, IReadOnlyList<BarSeries> data,
        IStrategyFactory? factory = null, LiveEngineOptions? options = null, Func<IReadOnlyList<Instrument>, ISimulatedBrokerage>? venues = null,
        Microsoft.Extensions.Logging.ILogger? logger = null) =>
        new(options ?? new LiveEngineOptions { CheckpointInterval = TimeSpan.FromHours(1), SnapshotInterval = TimeSpan.FromMilliseconds(20) },
            journal, factory ?? new TestStrategyFactory(), feed, history, [.. data.Select(d => d.Instrument)],
            venues ?? (_ => new SimulatedExchange()), logger);

    public static async Task<CommandResult> Do(this LiveEngine engine, TradingCommand command)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await engine.ExecuteAsync(command, timeout.Token);
    }

    public static async Task WaitFor(this LiveEngine engine, DateTime dataTime)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await engine.WaitForDataTimeAsync(dataTime, timeout.Token);
    }

    public static DateTime LastTime(IReadOnlyList<BarSeries> data) => data.Max(d => d[d.Count - 1].EndTime);

    public static IEnumerable<Sdk.Orders.Fill> FillsOf(this JournalState state, string id) => state.Fills.Where(f => f.StrategyId == id).Select(f => f.Fill);
}
