using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary><c>--param name=value</c>: reaches the strategy, fails clearly when malformed, warns when never read.</summary>
public sealed class ParameterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Parameters_reach_the_runtime_compiled_strategy_and_are_recorded_in_summary_json()
    {
        Backtest("strategies/SmaCross.cs", "--param", "fast=5", "--param", "slow=20").ShouldExitWith(0);

        var parameters = SummaryJson.Read(_folder.Path).GetProperty("parameters");
        Assert.Equal("5", parameters.GetProperty("fast").GetString());
        Assert.Equal("20", parameters.GetProperty("slow").GetString());
        Assert.Equal("0", parameters.GetProperty("quantity").GetString());
    }

    [Fact]
    public void Different_parameters_change_the_result()
    {
        Backtest("SmaCross", "--param", "fast=5", "--param", "slow=20").ShouldExitWith(0);
        string tuned = SummaryJson.Read(_folder.Path).GetProperty("orders_sha256").GetString()!;
        Backtest("SmaCross").ShouldExitWith(0);
        string defaults = SummaryJson.Read(_folder.Path).GetProperty("orders_sha256").GetString()!;

        Assert.NotEqual(defaults, tuned);
    }

    [Fact]
    public void A_parameter_without_a_value_exits_1_before_running()
    {
        var run = Backtest("SmaCross", "--param", "fast").ShouldExitWith(1);

        Assert.Equal(["error: --param: 'fast' is not name=value"], run.StderrLines);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "summary.json")));
    }

    [Fact]
    public void A_value_the_strategy_cannot_parse_exits_1_naming_the_strategy_and_the_parameter()
    {
        var run = Backtest("SmaCross", "--param", "fast=abc").ShouldExitWith(1);

        Assert.Equal(["error: strategy SmaCross rejected its parameters: Parameter 'fast': 'abc' is not a valid Int32."], run.StderrLines);
    }

    [Fact]
    public void A_value_the_strategy_rejects_exits_1_with_its_reason()
    {
        var run = Backtest("SmaCross", "--param", "fast=30", "--param", "slow=10").ShouldExitWith(1);

        string line = Assert.Single(run.StderrLines);
        Assert.Equal("error: strategy SmaCross rejected its parameters: need 1 <= fast < slow (fast=30, slow=10)", line);
    }

    [Fact]
    public void A_misspelled_parameter_runs_but_warns_naming_it_and_the_parameters_the_strategy_reads()
    {
        var run = Backtest("SmaCross", "--param", "fsat=5").ShouldExitWith(0);

        string warning = Assert.Single(run.StderrLines);
        Assert.Contains("'fsat'", warning, StringComparison.Ordinal);
        Assert.Contains("fast, quantity, slow", warning, StringComparison.Ordinal);
        Assert.False(SummaryJson.Read(_folder.Path).GetProperty("parameters").TryGetProperty("fsat", out _));
    }

    public void Dispose() => _folder.Dispose();

    private CliRun Backtest(string strategy, params string[] options) =>
        OmniAlphaProcess.Run(["backtest", strategy, "--out", _folder.Path, .. options]);
}
