using System.Globalization;
using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary><c>--commission</c> and <c>--slippage</c>: every fill pays them, summary.json totals them, bad specs fail clearly.</summary>
public sealed class CostModelTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Per_share_commission_with_a_minimum_and_bps_slippage_are_charged_on_every_fill_and_totalled()
    {
        Backtest("--commission", "per-share:0.005:min=1", "--slippage", "bps:5").ShouldExitWith(0);

        var fills = ReportTable.Read(_folder.File("fills.csv"));
        var quantity = fills.Column("quantity").Select(Dec).ToArray();
        var commission = fills.Column("commission").Select(Dec).ToArray();
        var slippage = fills.Column("slippage").Select(Dec).ToArray();
        Assert.NotEmpty(quantity);
        for (int i = 0; i < quantity.Length; i++)
        {
            Assert.Equal(Math.Max(1m, 0.005m * quantity[i]), commission[i]);
            Assert.True(slippage[i] > 0m, $"fill {i + 1} has no slippage");
        }

        var summary = SummaryJson.Read(_folder.Path);
        Assert.Equal(commission.Sum(), summary.Money("total_commission"));
        Assert.Equal(slippage.Sum(), summary.Money("total_slippage"));
        Assert.True(summary.Money("total_commission") > 0m);
    }

    [Fact]
    public void Without_cost_options_commission_and_slippage_are_zero()
    {
        Backtest().ShouldExitWith(0);

        var summary = SummaryJson.Read(_folder.Path);
        Assert.Equal(0m, summary.Money("total_commission"));
        Assert.Equal(0m, summary.Money("total_slippage"));
    }

    [Fact]
    public void An_unknown_commission_spec_exits_1_with_one_line_listing_the_accepted_forms()
    {
        var run = Backtest("--commission", "foo").ShouldExitWith(1);

        string line = Assert.Single(run.StderrLines);
        Assert.StartsWith("error: --commission: ", line, StringComparison.Ordinal);
        Assert.Contains("'foo'", line, StringComparison.Ordinal);
        foreach (var form in new[] { "none", "per-share:", "percent:", "flat:" }) Assert.Contains(form, line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_slippage_spec_exits_1_with_one_line_listing_the_accepted_forms()
    {
        var run = Backtest("--slippage", "bps:-3").ShouldExitWith(1);

        string line = Assert.Single(run.StderrLines);
        Assert.StartsWith("error: --slippage: ", line, StringComparison.Ordinal);
        Assert.Contains("bps:", line, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private CliRun Backtest(params string[] options) => OmniAlphaProcess.Run(["backtest", "SmaCross", "--out", _folder.Path, .. options]);

    private static decimal Dec(string text) => decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
