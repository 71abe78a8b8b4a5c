using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OmniAlpha.Host.Backtesting;
using OmniAlpha.Host.Hosting;
using OmniAlpha.Host.Output;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Portfolio;
using Spectre.Console;

namespace OmniAlpha.Host.Cli;

/// <summary><c>omnialpha backtest STRATEGY [options]</c>: runs a strategy over historical data.</summary>
internal static class BacktestCommand
{
    public static Command Create()
    {
        var strategy = new Argument<string>("strategy")
        {
            Description = "Strategy source file (.cs, compiled at runtime), compiled assembly (.dll) or built-in sample name.",
        };
        var data = new Option<string?>("--data") { Description = "CSV file or folder (one file per symbol). Default: the built-in sample data." };
        var format = new Option<string>("--format") { Description = "CSV layout preset: yahoo | backtrader.", DefaultValueFactory = _ => "yahoo" };
        var mapping = new Option<string?>("--mapping") { Description = "JSON file with a CSV column mapping (columns, timestamp formats, time zone)." };
        var symbols = new Option<string?>("--symbols") { Description = "Comma-separated symbols to trade (default: every symbol of the data)." };
        var from = new Option<string?>("--from") { Description = "First date (yyyy-MM-dd, inclusive, UTC)." };
        var to = new Option<string?>("--to") { Description = "Last date (yyyy-MM-dd, inclusive, UTC)." };
        var cash = InvariantDecimalOption.Create("--cash", "Starting cash.", 100_000m);
        var account = new Option<string>("--account") { Description = "cash | margin.", DefaultValueFactory = _ => "cash" };
        var leverage = InvariantDecimalOption.Create("--leverage", "Leverage limit of a margin account.", 2m);
        var commission = new Option<string>("--commission")
        {
            Description = "Commission model: " + CostModelSpec.CommissionForms, DefaultValueFactory = _ => "none",
        };
        var slippage = new Option<string>("--slippage")
        {
            Description = "Slippage model: " + CostModelSpec.SlippageForms, DefaultValueFactory = _ => "none",
        };
        var volumeCap = InvariantDecimalOption.CreateOptional("--volume-cap", "Max fraction of a bar's volume filled (e.g. 0.1); partial fills beyond.");
        var parameters = new Option<string[]>("--param")
        {
            Description = "Strategy parameter name=value (repeatable).", AllowMultipleArgumentsPerToken = false,
        };
        var output = new Option<string?>("--out") { Description = "Folder for trades.csv, orders.csv, fills.csv, equity.csv, summary.json (default: out/<Strategy>)." };
        var onBadRow = new Option<string>("--on-bad-row") { Description = "fail (default) | skip: what to do with malformed data rows.", DefaultValueFactory = _ => "fail" };
        var json = new Option<bool>("--json") { Description = "Print summary.json to stdout instead of the table." };
        var verbose = CommonOptions.Verbose();
        var pluginsFolder = CommonOptions.PluginsFolder();

        var command = new Command("backtest", "Backtest a strategy on historical data (deterministic, exact accounting).")
        {
            strategy, data, format, mapping, symbols, from, to, cash, account, leverage, commission, slippage, volumeCap,
            parameters, output, onBadRow, json, verbose, pluginsFolder,
        };
        command.SetAction(parse => CommandRunner.Run(parse.GetValue(verbose), () =>
        {
            string strategyArg = parse.GetValue(strategy)!;
            var request = new BacktestRequest
            {
                Strategy = strategyArg,
                DataPath = parse.GetValue(data),
                Symbols = SplitList(parse.GetValue(symbols)),
                FromUtc = ParseDate("--from", parse.GetValue(from), endOfDay: false),
                ToUtc = ParseDate("--to", parse.GetValue(to), endOfDay: true),
                Account = ParseAccount(parse.GetValue(account)!, parse.GetValue(cash), parse.GetValue(leverage)),
                Commission = parse.GetValue(commission)!,
                Slippage = parse.GetValue(slippage)!,
                VolumeCap = parse.GetValue(volumeCap),
                Parameters = ParseParameters(parse.GetValue(parameters) ?? []),
                OnBadRow = ParsePolicy(parse.GetValue(onBadRow)!),
                OutputDirectory = parse.GetValue(output) ?? Path.Combine("out", Path.GetFileNameWithoutExtension(strategyArg)),
            };
            using var host = CliHost.Create(parse.GetValue(verbose), parse.GetValue(pluginsFolder));
            var runner = host.Services.GetRequiredService<BacktestRunner>();
            var source = runner.OpenData(request, parse.GetValue(format)!, parse.GetValue(mapping));
            using var progress = new ConsoleProgressBar();
            var result = runner.Run(request, source, progress);
            ReportSkippedRows(source);
            if (parse.GetValue(json))
            {
                using var stdout = Console.OpenStandardOutput();
                stdout.Write(OmniAlpha.Kernel.Results.BacktestReportWriter.SummaryJson(result));
            }
            else
            {
                SummaryTable.Write(AnsiConsole.Console, result, request.OutputDirectory);
            }
            return 0;
        }));
        return command;
    }

    private static void ReportSkippedRows(IHistoricalDataSource source)
    {
        if (source is not ISkippedRowReport report || report.SkippedRows is not { Count: > 0 } skipped) return;
        Console.Error.WriteLine($"warning: skipped {skipped.Count} bad data row(s); first: {skipped[0]}");
    }

    private static IReadOnlyList<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DateTime? ParseDate(string option, string? text, bool endOfDay)
    {
        if (text is null) return null;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new CommandFailure($"{option}: '{text}' is not a date (yyyy-MM-dd)");
        var start = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return endOfDay ? start.AddDays(1).AddTicks(-1) : start;
    }

    private static AccountSettings ParseAccount(string type, decimal cash, decimal leverage)
    {
        var settings = type.ToLowerInvariant() switch
        {
            "cash" => new AccountSettings(cash),
            "margin" => new AccountSettings(cash, AccountType.Margin, leverage),
            _ => throw new CommandFailure($"--account: '{type}' is not an account type (cash | margin)"),
        };
        try { settings.Validate(); }
        catch (ArgumentException e) { throw new CommandFailure(e.Message); }
        return settings;
    }

    private static Dictionary<string, string> ParseParameters(string[] pairs)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            int eq = pair.IndexOf('=');
            if (eq <= 0) throw new CommandFailure($"--param: '{pair}' is not name=value");
            result[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
        }
        return result;
    }

    private static BadRowPolicy ParsePolicy(string text) => text.ToLowerInvariant() switch
    {
        "fail" => BadRowPolicy.Fail,
        "skip" => BadRowPolicy.Skip,
        _ => throw new CommandFailure($"--on-bad-row: '{text}' is not a policy (fail | skip)"),
    };
}
