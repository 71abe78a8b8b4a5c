using System.Globalization;
using OmniAlpha.Kernel.Formatting;
using OmniAlpha.Kernel.Results;
using Spectre.Console;

namespace OmniAlpha.Host.Output;

/// <summary>Renders a backtest's headline statistics as a console table.</summary>
internal static class SummaryTable
{
    public static void Write(IAnsiConsole console, BacktestResult result, string? outputDirectory)
    {
        var s = result.Statistics;
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(result.StrategyName)}[/] on {Markup.Escape(string.Join(", ", result.Symbols.Take(8)))}{(result.Symbols.Count > 8 ? $" (+{result.Symbols.Count - 8} more)" : "")}")
            .AddColumn("Metric").AddColumn(new TableColumn("Value").RightAligned());

        string period = result.EquityCurve.Count > 0
            ? $"{result.EquityCurve[0].Time:yyyy-MM-dd} .. {result.EquityCurve[^1].Time:yyyy-MM-dd}"
            : "no bars";
        Row(table, "Period", period);
        Row(table, "Bars", result.BarsProcessed.ToString("N0", CultureInfo.InvariantCulture));
        Row(table, "Starting cash", Money(s.StartingEquity));
        Row(table, "Final equity", Money(s.FinalEquity));
        Row(table, "Net profit", Money(s.NetProfit));
        Row(table, "Total return", Percent(s.TotalReturn));
        Row(table, "CAGR", Percent(s.Cagr));
        Row(table, "Annual volatility", Percent(s.AnnualVolatility));
        Row(table, "Sharpe", Number(s.Sharpe));
        Row(table, "Sortino", Number(s.Sortino));
        Row(table, "Max drawdown", Percent(s.MaxDrawdown));
        Row(table, "Max drawdown duration", $"{s.MaxDrawdownDurationDays.ToString("0", CultureInfo.InvariantCulture)} days{(s.MaxDrawdownRecovery is null && s.MaxDrawdown > 0 ? " (not recovered)" : "")}");
        Row(table, "Trades", s.Trades.ToString(CultureInfo.InvariantCulture));
        Row(table, "Win rate", Percent(s.WinRate));
        Row(table, "Profit factor", double.IsPositiveInfinity(s.ProfitFactor) ? "inf" : Number(s.ProfitFactor));
        Row(table, "Exposure", Percent(s.Exposure));
        Row(table, "Turnover (per year)", Number(s.AnnualTurnover) + "x");
        Row(table, "Commission", Money(s.TotalCommission));
        Row(table, "Slippage", Money(s.TotalSlippage));
        Row(table, "Orders / fills / rejected", $"{result.Orders.Count} / {result.Fills.Count} / {result.Orders.Count(o => o.Status == OmniAlpha.Sdk.Orders.OrderStatus.Rejected)}");
        if (result.Failure is { } failure)
        {
            Row(table, "Stopped", $"{failure.Callback} {(failure.Time == default ? "before the first bar" : failure.Time.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture))}: {failure.Reason}");
            Row(table, "On failure", StopSummary.Describe(failure));
        }
        if (result.Parameters.Count > 0)
            Row(table, "Parameters", string.Join(" ", result.Parameters.Select(p => $"{p.Key}={p.Value}")));
        console.Write(table);
        // Plain text: a path must not be wrapped at the console width when output is redirected.
        if (outputDirectory is not null) console.Profile.Out.Writer.WriteLine($"Reports written to {outputDirectory}");
    }

    private static void Row(Table table, string name, string value) => table.AddRow(Markup.Escape(name), Markup.Escape(value));

    private static string Money(decimal value) => ExactText.Format(decimal.Round(value, 2, MidpointRounding.AwayFromZero));

    private static string Percent(double value) => double.IsFinite(value) ? (value * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %" : "n/a";

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
}
