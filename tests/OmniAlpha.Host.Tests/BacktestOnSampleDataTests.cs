using System.Globalization;
using System.Text.RegularExpressions;
using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary><c>omnialpha backtest strategies/SmaCross.cs</c> without --data: the built-in sample data and its reports.</summary>
[Collection(SampleRunCollection.Name)]
public sealed partial class BacktestOnSampleDataTests(SampleRun run)
{
    [Fact]
    public void Exits_zero_with_nothing_on_stderr_and_prints_the_summary_table()
    {
        run.Result.ShouldExitWith(0);
        Assert.Equal("", run.Result.Stderr);
        Assert.Contains("SmaCross on ALFA, BRVO, CHRL, DLTA, ECHO, FXTR, GOLF, HTEL", run.Result.Stdout);
        foreach (var metric in new[] { "Period", "Final equity", "Total return", "Sharpe", "Max drawdown", "Trades" })
            Assert.Matches(new Regex($@"│ {Regex.Escape(metric)} +│ +\S"), run.Result.Stdout);
        // Spectre wraps at the console width (80 when redirected), which may break a long path over lines.
        Assert.Contains("Reports written to " + run.OutputFolder, run.Result.Stdout.ReplaceLineEndings(""));
    }

    [Fact]
    public void Writes_exactly_the_five_report_files()
    {
        var written = Directory.GetFiles(run.OutputFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["equity.csv", "fills.csv", "orders.csv", "summary.json", "trades.csv"], written);
    }

    [Theory]
    [InlineData("trades.csv", "symbol,entry_time,entry_price,exit_time,exit_price,quantity,pnl,commission")]
    [InlineData("fills.csv", "time,symbol,side,quantity,price,commission,order_id")]
    [InlineData("orders.csv", "order_id,client_order_id,time,symbol,side,type,quantity")]
    [InlineData("equity.csv", "time,cash,equity")]
    public void Report_headers_start_with_the_documented_columns(string file, string documentedPrefix)
    {
        string header = File.ReadLines(run.Report(file)).First();
        Assert.StartsWith(documentedPrefix, header, StringComparison.Ordinal);
        if (file == "equity.csv") Assert.Equal(documentedPrefix, header);
    }

    [Fact]
    public void Every_report_has_rows()
    {
        Assert.All(new[] { "trades.csv", "orders.csv", "fills.csv", "equity.csv" }, f => Assert.NotEmpty(ReportTable.Read(run.Report(f)).Rows));
    }

    [Theory]
    [InlineData("trades.csv", "entry_time")]
    [InlineData("trades.csv", "exit_time")]
    [InlineData("fills.csv", "time")]
    [InlineData("orders.csv", "time")]
    [InlineData("equity.csv", "time")]
    public void Times_are_iso_8601_utc_with_z(string file, string column)
    {
        Assert.All(ReportTable.Read(run.Report(file)).Column(column), t => Assert.Matches(IsoUtc(), t));
    }

    // The sample data is priced in cents and SmaCross trades whole shares without costs, so every exact money
    // value has at most two decimals; binary floating point would show up as long tails (0.30000000000000004).
    [Theory]
    [InlineData("trades.csv", "entry_price,exit_price,quantity,pnl,commission")]
    [InlineData("fills.csv", "quantity,price,commission")]
    [InlineData("equity.csv", "cash,equity")]
    public void Money_columns_are_exact_decimals_in_cents(string file, string columns)
    {
        var table = ReportTable.Read(run.Report(file));
        foreach (var column in columns.Split(','))
            Assert.All(table.Column(column), v => Assert.Matches(ExactCents(), v));
    }

    [Fact]
    public void Trade_pnl_is_exactly_exit_minus_entry_times_quantity()
    {
        var trades = ReportTable.Read(run.Report("trades.csv"));
        var entry = trades.Column("entry_price");
        var exit = trades.Column("exit_price");
        var quantity = trades.Column("quantity");
        var pnl = trades.Column("pnl");
        for (int i = 0; i < pnl.Count; i++)
            Assert.Equal(Dec(pnl[i]), (Dec(exit[i]) - Dec(entry[i])) * Dec(quantity[i]));
    }

    [Fact]
    public void Summary_json_has_the_headline_figures_consistent_with_the_reports()
    {
        var summary = SummaryJson.Read(run.OutputFolder);
        foreach (var key in new[] { "final_equity", "total_return", "trades", "sharpe", "max_drawdown" })
            Assert.True(summary.TryGetProperty(key, out _), $"summary.json lacks {key}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, summary.GetProperty("stopped").ValueKind); // ran to the end

        var equity = ReportTable.Read(run.Report("equity.csv"));
        Assert.Equal(Dec(equity.Column("equity")[^1]), summary.Money("final_equity"));
        Assert.Equal(ReportTable.Read(run.Report("trades.csv")).Rows.Count, summary.GetProperty("trades").GetInt32());
        Assert.Equal((double)(summary.Money("final_equity") / summary.Money("starting_cash") - 1m), summary.GetProperty("total_return").GetDouble(), 12);
        Assert.InRange(summary.GetProperty("max_drawdown").GetDouble(), 0.0, 1.0);
        Assert.Equal(["ALFA", "BRVO", "CHRL", "DLTA", "ECHO", "FXTR", "GOLF", "HTEL"],
            summary.GetProperty("symbols").EnumerateArray().Select(s => s.GetString()));
    }

    private static decimal Dec(string text) => decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")]
    private static partial Regex IsoUtc();

    [GeneratedRegex(@"^-?\d+(\.\d{1,2})?$")]
    private static partial Regex ExactCents();
}
