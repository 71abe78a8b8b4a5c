using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OmniAlpha.Host.Backtesting;
using OmniAlpha.Host.Hosting;
using OmniAlpha.Host.Output;
using OmniAlpha.Kernel.Results;
using OmniAlpha.Plugins.Csv;
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
            Description = "Strategy source file (.cs, compiled at runtime; .js, run in a sandboxed JavaScript engine), compiled assembly (.dll) or built-in sample name (SmaCross, SmaCross.js, ...).",
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
        var isolation = new Option<string?>("--isolation")
        {
            Description = "How a .cs script runs: trusted (no sandbox, no budget checks) | guarded (default: sandbox and budgets) | isolated (worker process).",
        };
        var onFailure = new Option<string?>("--on-failure")
        {
            Description = "When the strategy fails (throws or exceeds a budget) it is stopped and the run completes; its working orders are: cancel (default) | leave | flatten (canceled, then positions closed at the next open).",
        };
        var timePerCallback = new Option<string?>("--time-per-callback") { Description = "Time budget of one callback of a guarded script (default 100ms; e.g. 250ms, 2s)." };
        var totalTime = new Option<string?>("--total-time") { Description = "Time budget of all callbacks of the run together (default: none; e.g. 30s, 5m)." };
        var allocPerCallback = new Option<string?>("--alloc-per-callback") { Description = "Allocation budget of one callback of a guarded script (default 64MB; e.g. 512KB, 1GB)." };
        var maxCallDepth = new Option<string?>("--max-call-depth") { Description = "Deepest nesting of a guarded script's own methods (default 1000)." };
        var verbose = CommonOptions.Verbose();
        var risk = new Option<string?>("--risk")
        {
            Description = "Risk plugins (ids, comma-separated) whose pre-trade checks every order must pass; a check that fails rejects the order with its reason.",
        };
        var noCache = CommonOptions.NoCache();
        var pluginsFolder = CommonOptions.PluginsFolder();

        var command = new Command("backtest", "Backtest a strategy on historical data (deterministic, exact accounting).")
        {
            strategy, data, format, mapping, symbols, from, to, cash, account, leverage, commission, slippage, volumeCap,
            parameters, output, onBadRow, isolation, onFailure, timePerCallback, totalTime, allocPerCallback, maxCallDepth, json, noCache, verbose,
            risk, pluginsFolder,
        };
        command.SetAction(parse => CommandRunner.Run(parse.GetValue(verbose), () =>
        {
            using var host = CliHost.Create(parse.GetValue(verbose), parse.GetValue(noCache), parse.GetValue(pluginsFolder));
            string strategyArg = parse.GetValue(strategy)!;
            var scripts = ScriptSettingsParser.Resolve(new ScriptSettingsParser.Values(parse.GetValue(isolation), parse.GetValue(onFailure),
                parse.GetValue(timePerCallback), parse.GetValue(totalTime), parse.GetValue(allocPerCallback), parse.GetValue(maxCallDepth)),
                host.Services.GetRequiredService<IConfiguration>());
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
                Scripts = scripts,
                RiskPlugins = SplitList(parse.GetValue(risk)),
            };
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
            return ReportFailure(result, parse.GetValue(verbose));
        }));
        return command;
    }

    /// <summary>
    /// A strategy that was stopped by a failure makes the command fail (exit 3) although the run completed and its
    /// reports were written: one line on stderr says what failed, when, and what the open-order policy did.
    /// </summary>
    private static int ReportFailure(BacktestResult result, bool verbose)
    {
        if (result.Failure is not { } failure) return 0;
        Console.Error.WriteLine($"error: {failure.Describe()}; {StopSummary.Describe(failure)}");
        if (verbose) Console.Error.WriteLine(failure.Details);
        return 3;
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
