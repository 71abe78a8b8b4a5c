using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary><c>backtest SmaCross</c> runs the sample compiled into the executable; it must agree with the script.</summary>
[Collection(SampleRunCollection.Name)]
public sealed class BuiltInStrategyTests(SampleRun script)
{
    [Fact]
    public void The_precompiled_sample_gives_the_same_reports_as_the_runtime_compiled_script()
    {
        using var folder = new TempFolder();
        OmniAlphaProcess.Run("backtest", "SmaCross", "--out", folder.Path).ShouldExitWith(0);

        Assert.Equal(File.ReadAllText(script.Report("summary.json")), File.ReadAllText(folder.File("summary.json")));
        Assert.Equal(File.ReadAllText(script.Report("orders.csv")), File.ReadAllText(folder.File("orders.csv")));
    }

    [Fact]
    public void Built_in_names_are_matched_case_insensitively()
    {
        using var folder = new TempFolder();
        OmniAlphaProcess.Run("backtest", "smacross", "--out", folder.Path).ShouldExitWith(0);
        Assert.Equal("SmaCross", SummaryJson.Read(folder.Path).GetProperty("strategy").GetString());
    }

    [Fact]
    public void An_unknown_name_exits_1_listing_the_built_in_strategies()
    {
        var run = OmniAlphaProcess.Run("backtest", "NoSuchStrategy").ShouldExitWith(1);
        string line = Assert.Single(run.StderrLines);
        Assert.StartsWith("error: 'NoSuchStrategy' is neither a .cs/.js/.dll file nor a built-in strategy", line, StringComparison.Ordinal);
        Assert.Contains("SmaCross", line, StringComparison.Ordinal);
        Assert.Contains("SmaCross.js", line, StringComparison.Ordinal);
    }
}
