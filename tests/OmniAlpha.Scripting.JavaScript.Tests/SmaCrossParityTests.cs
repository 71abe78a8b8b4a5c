using OmniAlpha.Kernel.Results;
using OmniAlpha.Plugins.Csv;
using OmniAlpha.Plugins.SampleData;
using OmniAlpha.Scripting.JavaScript.Tests.Support;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Scripting.JavaScript.Tests;

/// <summary>
/// strategies/SmaCross.js and strategies/SmaCross.cs are the same strategy: on the same data and parameters they place
/// the same orders (every field, client order ids included), get the same fills, close the same trades and end with
/// the same equity curve, to the cent.
/// </summary>
public sealed class SmaCrossParityTests
{
    private static JavaScriptStrategy JavaScriptTwin() =>
        JavaScriptStrategy.Load(Path.Combine(SharedData.RepositoryRoot, "strategies", "SmaCross.js"));

    private static void AssertIdentical(BacktestResult csharp, BacktestResult javascript)
    {
        Assert.True(csharp.Orders.Count > 10, $"too few orders to compare ({csharp.Orders.Count})");
        Assert.Equal(csharp.StrategyName, javascript.StrategyName);
        Assert.Equal(csharp.Parameters, javascript.Parameters);
        Assert.Equal(csharp.Orders, javascript.Orders);
        Assert.Equal(csharp.Fills, javascript.Fills);
        Assert.Equal(csharp.Trades, javascript.Trades);
        Assert.Equal(csharp.EquityCurve, javascript.EquityCurve);
        Assert.Equal(csharp.FinalCash, javascript.FinalCash);
        Assert.Equal(csharp.Statistics, javascript.Statistics);
    }

    [Theory]
    [InlineData("0")]      // SetHoldings: all cash, split across the eight symbols
    [InlineData("100")]    // fixed 100 shares per entry
    public void Sample_data_eight_symbols_give_identical_orders_fills_trades_and_equity(string quantity)
    {
        var source = new SampleDataSource(new SampleDataOptions());
        var data = source.Symbols.Select(s => source.Load(s)).ToArray();
        var parameters = new Dictionary<string, string> { ["quantity"] = quantity };

        var csharp = JsRun.Run(new SmaCross(), data, parameters);
        var javascript = JsRun.Run(JavaScriptTwin(), data, parameters);

        AssertIdentical(csharp, javascript);
    }

    [Fact]
    public void Other_periods_give_identical_results_too()
    {
        var data = new[] { SampleBarGenerator.Generate("ALFA", 3_000, seed: 11), SampleBarGenerator.Generate("BRVO", 3_000, seed: 12) };
        var parameters = new Dictionary<string, string> { ["fast"] = "5", ["slow"] = "20" };

        AssertIdentical(JsRun.Run(new SmaCross(), data, parameters), JsRun.Run(JavaScriptTwin(), data, parameters));
    }

    [SkippableTheory]
    [InlineData("backtrader/orcl-1995-2014.txt")]
    [InlineData("backtrader/nvda-1999-2014.txt")]
    [InlineData("backtrader/yhoo-1996-2014.txt")]
    public void Real_daily_data_gives_identical_results(string file)
    {
        string path = SharedData.Require(file);
        var csv = new CsvDataSource(path, CsvColumnMapping.Yahoo);
        BarSeries[] data = [csv.Load(csv.Symbols[0])];

        AssertIdentical(JsRun.Run(new SmaCross(), data), JsRun.Run(JavaScriptTwin(), data));
    }
}
