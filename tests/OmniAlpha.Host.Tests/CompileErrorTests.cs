using System.Text.RegularExpressions;
using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary>A script that does not compile exits 2 with compiler-style <c>file(line,col): error CSxxxx: text</c> lines.</summary>
public sealed partial class CompileErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_syntax_error_exits_2_naming_the_file_line_and_column_and_writes_no_reports()
    {
        _folder.Write("Broken.cs", Scripts.MissingSemicolon);

        var run = Backtest("Broken.cs").ShouldExitWith(2);

        Assert.Equal(["Broken.cs(8,18): error CS1002: ; expected"], run.StderrLines);
        Assert.Equal("", run.Stdout);
        Assert.False(Directory.Exists(_folder.File("out")));
    }

    [Fact]
    public void A_semantic_error_exits_2_with_only_diagnostic_lines()
    {
        _folder.Write("Broken.cs", Scripts.UndeclaredName);

        var run = Backtest("Broken.cs").ShouldExitWith(2);

        Assert.NotEmpty(run.StderrLines);
        Assert.All(run.StderrLines, line => Assert.Matches(DiagnosticLine(), line));
        Assert.Contains(run.StderrLines, line => line.StartsWith("Broken.cs(7,9): error CS0103: ", StringComparison.Ordinal) && line.Contains("undeclaredThing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_script_breaking_the_sandbox_exits_2_before_it_runs_and_writes_no_reports()
    {
        _folder.Write("Broken.cs", Scripts.StaticCounter);

        var run = Backtest("Broken.cs").ShouldExitWith(2);

        Assert.Equal(
            ["Broken.cs(6,24): error OA0110: Static mutable state (static field Broken._bars) is not allowed in a strategy"],
            run.StderrLines);
        Assert.False(Directory.Exists(_folder.File("out")));
    }

    [Fact]
    public void A_missing_script_file_exits_1_naming_it()
    {
        var run = Backtest("Missing.cs").ShouldExitWith(1);
        Assert.Equal(["error: strategy file not found: Missing.cs"], run.StderrLines);
    }

    public void Dispose() => _folder.Dispose();

    private CliRun Backtest(string script) => OmniAlphaProcess.RunIn(_folder.Path, null, "backtest", script, "--out", _folder.File("out"));

    [GeneratedRegex(@"^Broken\.cs\(\d+,\d+\): error CS\d{4}: .+$")]
    private static partial Regex DiagnosticLine();
}
