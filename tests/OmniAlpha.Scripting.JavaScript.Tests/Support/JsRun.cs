using Microsoft.Extensions.Logging;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Kernel.Results;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Portfolio;
using OmniAlpha.Sdk.Scripting;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Scripting.JavaScript.Tests.Support;

/// <summary>Runs strategies (JavaScript from source text, or any C# one) through the real engine and simulated exchange.</summary>
internal static class JsRun
{
    public static readonly DateTime Day0 = new(2024, 1, 2, 21, 0, 0, DateTimeKind.Utc);

    public static JavaScriptStrategy Strategy(string source, string file = "Test.js", ScriptBudgetLimits? limits = null) =>
        new(JavaScriptProgram.Parse(file, source), new JavaScriptStrategyOptions { Limits = limits ?? ScriptBudgetLimits.Default });

    public static BacktestResult Run(Strategy strategy, IReadOnlyList<BarSeries> data, IReadOnlyDictionary<string, string>? parameters = null,
        ILogger? logger = null, AccountSettings? account = null)
    {
        var options = new BacktestOptions
        {
            Account = account ?? new AccountSettings(100_000m),
            Parameters = parameters ?? new Dictionary<string, string>(),
            Logger = logger,
            // These specifications are about how a JS failure surfaces; the engine's stop policies are specified in the Kernel tests.
            OnStrategyFailure = StrategyFailurePolicy.Throw,
        };
        return new BacktestEngine(options, new SimulatedExchange(new SimulatedExchangeOptions())).Run(strategy, data);
    }

    public static BacktestResult Run(string source, params BarSeries[] data) => Run(Strategy(source), data);

    /// <summary>A daily series from closes: open = previous close, high/low = max/min of open and close.</summary>
    public static BarSeries FromCloses(Symbol symbol, params decimal[] closes)
    {
        var bars = new Bar[closes.Length];
        for (int i = 0; i < closes.Length; i++)
        {
            decimal open = i == 0 ? closes[0] : closes[i - 1];
            bars[i] = new Bar(symbol, Day0.AddDays(i), open, Math.Max(open, closes[i]), Math.Min(open, closes[i]), closes[i], 1_000_000m);
        }
        return new BarSeries(Instrument.UsEquity(symbol), bars, TimeSpan.FromDays(1));
    }

    /// <summary><paramref name="count"/> bars closing at 100, 101, 102, ...</summary>
    public static BarSeries Rising(Symbol symbol, int count) =>
        FromCloses(symbol, Enumerable.Range(0, count).Select(i => 100m + i).ToArray());
}
