using System.Text.Json;
using OmniAlpha.Templates.Tests.Support;

namespace OmniAlpha.Templates.Tests;

/// <summary>
/// <c>dotnet new omnialpha-strategy -n TrendFollower --symbol BRVO</c> makes a script that the generated tests compile
/// and pass, that <c>omnialpha check</c> accepts and that <c>omnialpha backtest</c> runs on the built-in sample data.
/// </summary>
[Collection(TemplateWorkspaceCollection.Name)]
public sealed class StrategyTemplateTests(TemplateWorkspace workspace)
{
    private string Script => Path.Combine(workspace.StrategyFolder, TemplateWorkspace.StrategyName + ".cs");

    [Fact]
    public void The_generated_tests_compile_the_script_against_the_sdk_package_and_pass()
    {
        var run = GeneratedTestRuns.Of(workspace.TestRun, $"{TemplateWorkspace.StrategyName}.Tests.dll");

        Assert.Equal(0, run.Failed);
        Assert.True(run.Passed >= 6, $"expected the template's 6 strategy tests, {run.Passed} passed");
    }

    [Fact]
    public void The_script_is_named_after_the_project_and_the_tests_trade_the_chosen_symbol()
    {
        Assert.Contains("public sealed class TrendFollower : Strategy", File.ReadAllText(Script));
        string tests = File.ReadAllText(Path.Combine(workspace.StrategyFolder, "TrendFollower.Tests", "TrendFollowerTests.cs"));
        Assert.Contains($"new(\"{TemplateWorkspace.StrategySymbol}\")", tests);
        Assert.Contains($"--symbols {TemplateWorkspace.StrategySymbol}", File.ReadAllText(Path.Combine(workspace.StrategyFolder, "README.md")));
    }

    [Fact]
    public void Omnialpha_check_compiles_the_script_and_finds_it_sandbox_clean()
    {
        var check = ChildProcess.OmniAlpha(workspace.StrategyFolder, "check", "TrendFollower.cs").ShouldSucceed();

        Assert.StartsWith("ok: TrendFollower.cs (TrendFollower, sha256 ", check.Stdout.Trim());
    }

    [Fact]
    public void Omnialpha_backtest_runs_the_script_on_the_sample_data_as_the_readme_says()
    {
        string output = Path.Combine(workspace.Root, "strategy-backtest");

        ChildProcess.OmniAlpha(workspace.StrategyFolder, "backtest", "TrendFollower.cs", "--symbols", TemplateWorkspace.StrategySymbol,
            "--param", "period=50", "--out", output).ShouldSucceed();

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json")));
        var root = summary.RootElement;
        Assert.Equal("TrendFollower", root.GetProperty("strategy").GetString());
        Assert.Equal(TemplateWorkspace.StrategySymbol, Assert.Single(root.GetProperty("symbols").EnumerateArray()).GetString());
        Assert.Equal("50", root.GetProperty("parameters").GetProperty("period").GetString());
        Assert.True(root.GetProperty("trades").GetInt32() > 0, "the trend filter should trade on 10 years of sample data");
    }
}
