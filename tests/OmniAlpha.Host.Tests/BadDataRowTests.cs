using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary>Malformed CSV rows: fail by default naming file:line: field: problem, or skip and warn with --on-bad-row skip.</summary>
public sealed class BadDataRowTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public BadDataRowTests()
    {
        var lines = PriceCsv.Lines(60);
        lines[9] = PriceCsv.WithField(lines[9], 2, "abc");   // line 10 of the file: High is not a number
        lines[20] = PriceCsv.WithField(lines[20], 4, "");    // line 21: Close is empty
        _folder.Write("ACME.csv", PriceCsv.Text(lines));
    }

    [Fact]
    public void A_bad_row_exits_1_with_one_line_naming_file_line_field_and_problem()
    {
        var run = Backtest().ShouldExitWith(1);

        string line = Assert.Single(run.StderrLines);
        Assert.StartsWith("error: ACME.csv:10: High: ", line, StringComparison.Ordinal);
        Assert.Contains("'abc'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.File("out")));
    }

    [Fact]
    public void With_on_bad_row_skip_it_runs_and_warns_with_the_count_and_the_first_problem()
    {
        var run = Backtest("--on-bad-row", "skip").ShouldExitWith(0);

        string warning = Assert.Single(run.StderrLines);
        Assert.StartsWith("warning: skipped 2 bad data row(s); first: ACME.csv:10: High: ", warning, StringComparison.Ordinal);
        var summary = SummaryJson.Read(_folder.File("out"));
        Assert.Equal(58, summary.GetProperty("bars").GetInt32());
        Assert.Equal(["ACME"], summary.GetProperty("symbols").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void An_unknown_bad_row_policy_exits_1_listing_the_policies()
    {
        var run = Backtest("--on-bad-row", "ignore").ShouldExitWith(1);
        Assert.Equal(["error: --on-bad-row: 'ignore' is not a policy (fail | skip)"], run.StderrLines);
    }

    [Fact]
    public void A_missing_data_path_exits_1_naming_it()
    {
        var run = OmniAlphaProcess.RunIn(_folder.Path, null, "backtest", "SmaCross", "--data", "nowhere.csv").ShouldExitWith(1);
        Assert.Equal(["error: data path not found: nowhere.csv"], run.StderrLines);
    }

    public void Dispose() => _folder.Dispose();

    private CliRun Backtest(params string[] options) =>
        OmniAlphaProcess.RunIn(_folder.Path, null, ["backtest", "SmaCross", "--data", "ACME.csv", "--out", _folder.File("out"), .. options]);
}
