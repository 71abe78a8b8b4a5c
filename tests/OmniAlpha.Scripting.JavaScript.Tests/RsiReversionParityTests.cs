using OmniAlpha.Plugins.Csv;
using OmniAlpha.Plugins.SampleData;
using OmniAlpha.Scripting.JavaScript.Tests.Support;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Scripting.JavaScript.Tests;

/// <summary>strategies/RsiReversion.js and strategies/RsiReversion.cs trade identically (warm-up, open-order checks, sizing).</summary>
public sealed class RsiReversionParityTests
{
    private static JavaScriptStrategy JavaScriptTwin() =>
        JavaScriptStrategy.Load(Path.Combine(SharedData.RepositoryRoot, "strategies", "RsiReversion.js"));

    private static void AssertIdentical(BarSeries[] data, Dictionary<string, string> parameters)
    {
        var csharp = JsRun.Run(new RsiReversion(), data, parameters);
        var javascript = JsRun.Run(JavaScriptTwin(), data, parameters);

        Assert.True(csharp.Orders.Count > 10, $"too few orders to compare ({csharp.Orders.Count})");
        Assert.Equal(csharp.Parameters, javascript.Parameters);
        Assert.Equal(csharp.Orders, javascript.Orders);
        Assert.Equal(csharp.Fills, javascript.Fills);
        Assert.Equal(csharp.Trades, javascript.Trades);
        Assert.Equal(csharp.EquityCurve, javascript.EquityCurve);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("50")]
    public void Sample_data_gives_identical_results(string quantity)
    {
        var source = new SampleDataSource(new SampleDataOptions());
        AssertIdentical(source.Symbols.Select(s => source.Load(s)).ToArray(), new() { ["quantity"] = quantity });
    }

    [SkippableFact]
    public void Real_data_gives_identical_results()
    {
        string path = SharedData.Require("backtrader/yhoo-1996-2014.txt");
        var csv = new CsvDataSource(path, CsvColumnMapping.Yahoo);

        AssertIdentical([csv.Load(csv.Symbols[0])], new() { ["oversold"] = "25", ["exit"] = "60.5" });
    }
}
