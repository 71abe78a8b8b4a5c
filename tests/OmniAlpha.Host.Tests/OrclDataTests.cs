using OmniAlpha.Host.Tests.Support;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Host.Tests;

/// <summary><c>--data</c> with a real Yahoo download (ORCL 2014 from ../shared/data), whole year and a sub-period.</summary>
public sealed class OrclDataTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [SkippableFact]
    public void SmaCross_trades_orcl_over_2014()
    {
        string data = SharedData.Require("backtrader/orcl-2014.txt");

        OmniAlphaProcess.Run("backtest", "strategies/SmaCross.cs", "--data", data, "--out", _folder.Path).ShouldExitWith(0);

        var summary = SummaryJson.Read(_folder.Path);
        Assert.Equal(["ORCL"], summary.GetProperty("symbols").EnumerateArray().Select(s => s.GetString()));
        Assert.True(summary.GetProperty("trades").GetInt32() > 0, "no trades on ORCL 2014");
        Assert.All(ReportTable.Read(_folder.File("trades.csv")).Column("symbol"), s => Assert.Equal("ORCL", s));
        var equity = ReportTable.Read(_folder.File("equity.csv")).Column("time");
        Assert.StartsWith("2014-01-02T", equity[0], StringComparison.Ordinal);
        Assert.StartsWith("2014-12-31T", equity[^1], StringComparison.Ordinal);
    }

    [SkippableFact]
    public void From_and_to_restrict_the_period_to_the_first_and_last_trading_days_inside_it()
    {
        string data = SharedData.Require("backtrader/orcl-2014.txt");

        OmniAlphaProcess.Run("backtest", "SmaCross", "--data", data, "--from", "2014-03-01", "--to", "2014-09-30", "--out", _folder.Path)
            .ShouldExitWith(0);

        // 2014-03-01 is a Saturday: the first bar is Monday 2014-03-03; 2014-09-30 is a Tuesday and is included.
        var equity = ReportTable.Read(_folder.File("equity.csv")).Column("time");
        Assert.StartsWith("2014-03-03T", equity[0], StringComparison.Ordinal);
        Assert.StartsWith("2014-09-30T", equity[^1], StringComparison.Ordinal);
        var summary = SummaryJson.Read(_folder.Path);
        Assert.Equal(equity.Count, summary.GetProperty("bars").GetInt32());
    }

    [SkippableFact]
    public void A_period_without_bars_exits_1_naming_the_symbol()
    {
        string data = SharedData.Require("backtrader/orcl-2014.txt");

        var run = OmniAlphaProcess.Run("backtest", "SmaCross", "--data", data, "--from", "2016-01-01", "--out", _folder.Path).ShouldExitWith(1);

        Assert.Equal(["error: ORCL: no bars between 2016-01-01 and the start/end of the data"], run.StderrLines);
    }

    [Fact]
    public void A_malformed_date_exits_1_showing_the_expected_format()
    {
        var run = OmniAlphaProcess.Run("backtest", "SmaCross", "--from", "03/01/2014", "--out", _folder.Path).ShouldExitWith(1);

        Assert.Equal(["error: --from: '03/01/2014' is not a date (yyyy-MM-dd)"], run.StderrLines);
    }

    public void Dispose() => _folder.Dispose();
}
