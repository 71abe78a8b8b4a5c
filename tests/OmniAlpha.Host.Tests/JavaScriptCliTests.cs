using System.Security.Cryptography;
using System.Text;
using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary><c>omnialpha backtest</c> and <c>check</c> take JavaScript strategies like C# ones.</summary>
public sealed class JavaScriptCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void The_embedded_JavaScript_sample_runs_by_name_anywhere_and_writes_the_same_reports_as_the_csharp_one()
    {
        string javascript = Path.Combine(_folder.Path, "js");
        string csharp = Path.Combine(_folder.Path, "cs");

        // From an empty folder: no strategies/ beside it, the sample comes from inside the executable.
        OmniAlphaProcess.RunIn(_folder.Path, null, "backtest", "SmaCross.js", "--out", javascript).ShouldExitWith(0);
        OmniAlphaProcess.Run("backtest", "SmaCross", "--out", csharp).ShouldExitWith(0);

        foreach (string file in new[] { "orders.csv", "fills.csv", "trades.csv", "equity.csv", "summary.json" })
            Assert.Equal(File.ReadAllText(Path.Combine(csharp, file)), File.ReadAllText(Path.Combine(javascript, file)));
    }

    [Fact]
    public void A_JavaScript_file_is_checked_with_its_name_and_source_hash()
    {
        string source = File.ReadAllText(Path.Combine(OmniAlphaProcess.RepositoryRoot, "strategies", "SmaCross.js"));
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)));

        var run = OmniAlphaProcess.Run("check", "strategies/SmaCross.js").ShouldExitWith(0);

        Assert.Equal($"ok: strategies/SmaCross.js (SmaCross, sha256 {hash})", run.Stdout.TrimEnd());
    }

    [Theory]
    [InlineData("check")]
    [InlineData("backtest")]
    public void A_syntax_error_exits_2_with_one_compiler_style_line(string command)
    {
        _folder.Write("Broken.js", "function onBar(bar) {\n  if (bar.close > 1 {\n  }\n}\n");

        var run = OmniAlphaProcess.RunIn(_folder.Path, null, command, "Broken.js").ShouldExitWith(2);

        Assert.Equal(["Broken.js(2,21): error JS1001: Unexpected token '{'"], run.StderrLines);
    }

    [Fact]
    public void A_runaway_script_exits_3_naming_strategy_callback_and_budget()
    {
        _folder.Write("Spin.js", "function onBar(bar) {\n  try { for (;;) { } } catch (e) { }\n}\n");

        var run = OmniAlphaProcess.RunIn(_folder.Path, null, "backtest", "Spin.js", "--out", "out").ShouldExitWith(3);

        Assert.StartsWith("error: strategy Spin failed in OnBar at ", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        Assert.Contains(": ScriptBudgetExceededException: CPU time budget per callback exceeded: used ", run.StderrLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_parameter_exits_1_like_a_csharp_strategy_rejecting_it()
    {
        var run = OmniAlphaProcess.Run("backtest", "SmaCross.js", "--param", "fast=40", "--out", _folder.Path).ShouldExitWith(1);

        Assert.Equal(["error: strategy SmaCross rejected its parameters: SmaCross.js(14,11): RangeError: need whole numbers 1 <= fast < slow (fast=40, slow=30)"],
            run.StderrLines);
    }

    [Fact]
    public void An_unknown_JavaScript_name_exits_1_listing_the_samples() =>
        Assert.Equal(["error: strategy file not found: Nope.js (built-in JavaScript samples: RsiReversion.js, SmaCross.js)"],
            OmniAlphaProcess.RunIn(_folder.Path, null, "backtest", "Nope.js").ShouldExitWith(1).StderrLines);

    public void Dispose() => _folder.Dispose();
}
