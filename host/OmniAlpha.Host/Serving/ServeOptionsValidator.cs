using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using OmniAlpha.Host.Backtesting;
using OmniAlpha.Plugins.Simulated;

namespace OmniAlpha.Host.Serving;

/// <summary>
/// Checks <see cref="ServeOptions"/> on start; every failure names its configuration key
/// (e.g. <c>Serve:Strategies:0:Symbols: at least one symbol</c>), so a bad file is fixed in one pass.
/// </summary>
internal sealed partial class ServeOptionsValidator(ServeLocations locations) : IValidateOptions<ServeOptions>
{
    private const string Section = ServeOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, ServeOptions options)
    {
        var failures = new List<string>();
        if (!double.IsFinite(options.Speed) || options.Speed < 0)
            failures.Add($"{Section}:Speed: must be 0 (as fast as possible) or a positive multiple of real time, not {options.Speed.ToString(CultureInfo.InvariantCulture)}");
        ValidateData(options.Data, failures);
        ValidateCosts(options, failures);
        ValidateStrategies(options.Strategies, failures);
        if (options.Logs.FileSizeLimitBytes <= 0) failures.Add($"{Section}:Logs:FileSizeLimitBytes: must be positive");
        if (options.Logs.RetainedFileCount < 1) failures.Add($"{Section}:Logs:RetainedFileCount: must be at least 1");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void ValidateData(ServeDataOptions data, List<string> failures)
    {
        string key = $"{Section}:Data";
        if (data.Path is { } path && !File.Exists(locations.Resolve(path)) && !Directory.Exists(locations.Resolve(path)))
            failures.Add($"{key}:Path: not found: {locations.Resolve(path)}");
        if (data.Mapping is { } mapping && !File.Exists(locations.Resolve(mapping)))
            failures.Add($"{key}:Mapping: not found: {locations.Resolve(mapping)}");
        if (!DataResolver.Formats.Contains(data.Format, StringComparer.OrdinalIgnoreCase))
            failures.Add($"{key}:Format: '{data.Format}' is not a format ({string.Join(" | ", DataResolver.Formats)})");
        if (data.OnBadRow is not ("fail" or "skip"))
            failures.Add($"{key}:OnBadRow: '{data.OnBadRow}' is not a policy (fail | skip)");
        if (data.From is { } from && data.To is { } to && from > to)
            failures.Add($"{key}:From: {from:O} is after {key}:To {to:O}");
    }

    private static void ValidateCosts(ServeOptions options, List<string> failures)
    {
        try { CostModelSpec.ParseCommission(options.Commission); }
        catch (Exception e) when (e is ArgumentException or FormatException) { failures.Add($"{Section}:Commission: {e.Message}"); }
        try { CostModelSpec.ParseSlippage(options.Slippage); }
        catch (Exception e) when (e is ArgumentException or FormatException) { failures.Add($"{Section}:Slippage: {e.Message}"); }
    }

    private void ValidateStrategies(List<ServeStrategyOptions> strategies, List<string> failures)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < strategies.Count; i++)
        {
            var strategy = strategies[i];
            string key = $"{Section}:Strategies:{i}";
            if (string.IsNullOrWhiteSpace(strategy.Id))
                failures.Add($"{key}:Id: required (e.g. \"sma-alfa\")");
            else if (!IdPattern().IsMatch(strategy.Id))
                failures.Add($"{key}:Id: '{strategy.Id}' must be 1-64 letters, digits, '-', '_' or '.', starting with a letter or digit");
            else if (!ids.Add(strategy.Id))
                failures.Add($"{key}:Id: '{strategy.Id}' is used twice");

            if (string.IsNullOrWhiteSpace(strategy.Script))
                failures.Add($"{key}:Script: required (a .cs or .js file)");
            else if (ServeScriptSource.WhyNot(strategy.Script, locations) is { } why)
                failures.Add($"{key}:Script: {why}");

            if (strategy.Symbols.Count == 0)
                failures.Add($"{key}:Symbols: at least one symbol");
            else if (strategy.Symbols.FindIndex(string.IsNullOrWhiteSpace) is >= 0 and var blank)
                failures.Add($"{key}:Symbols:{blank}: empty symbol");
            else if (strategy.Symbols.GroupBy(s => s, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
                failures.Add($"{key}:Symbols: '{twice.Key}' is listed twice");

            if (strategy.StartingCash <= 0)
                failures.Add($"{key}:StartingCash: must be positive, not {strategy.StartingCash.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex IdPattern();
}
