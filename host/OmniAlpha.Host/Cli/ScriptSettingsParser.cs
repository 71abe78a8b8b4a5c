using System.Globalization;
using Microsoft.Extensions.Configuration;
using OmniAlpha.Host.Backtesting;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Scripting;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Host.Cli;

/// <summary>
/// Turns the isolation, budget and failure-policy settings of <c>omnialpha backtest</c> into <see cref="ScriptSettings"/>.
/// Each setting comes from its command-line option, else from the <c>Backtest</c> section of the configuration
/// (appsettings.json, <c>OMNIALPHA_Backtest__KEY</c> variables), else its default. A bad value is a
/// <see cref="CommandFailure"/> naming the option or key and the accepted forms (exit 1, like every bad option value).
/// </summary>
internal static class ScriptSettingsParser
{
    /// <summary>The configuration section read for defaults.</summary>
    public const string Section = "Backtest";

    /// <summary>Command-line values as given (null when the option is absent).</summary>
    public sealed record Values(string? Isolation, string? OnFailure, string? TimePerCallback, string? TotalTime,
        string? AllocationPerCallback, string? MaxCallDepth);

    public static ScriptSettings Resolve(Values cli, IConfiguration configuration)
    {
        var config = configuration.GetSection(Section);
        var defaults = ScriptBudgetLimits.Default;
        var budgets = new ScriptBudgetLimits
        {
            CallbackTime = Pick("--time-per-callback", cli.TimePerCallback, config, "TimePerCallback", ParseDuration) ?? defaults.CallbackTime,
            TotalTime = Pick("--total-time", cli.TotalTime, config, "TotalTime", ParseDuration) ?? defaults.TotalTime,
            CallbackAllocatedBytes = Pick("--alloc-per-callback", cli.AllocationPerCallback, config, "AllocationPerCallback", ParseBytes)
                ?? defaults.CallbackAllocatedBytes,
            MaxCallDepth = Pick("--max-call-depth", cli.MaxCallDepth, config, "MaxCallDepth", ParseDepth) ?? defaults.MaxCallDepth,
        };
        return new ScriptSettings
        {
            Isolation = Pick("--isolation", cli.Isolation, config, "Isolation", ParseIsolation) ?? IsolationLevel.Guarded,
            OnFailure = Pick("--on-failure", cli.OnFailure, config, "OnFailure", ParseOnFailure) ?? StrategyFailurePolicy.Cancel,
            Budgets = budgets,
        };
    }

    /// <summary><c>trusted</c>, <c>guarded</c> or <c>isolated</c>.</summary>
    public static IsolationLevel? ParseIsolation(string text) => text.ToLowerInvariant() switch
    {
        "trusted" => IsolationLevel.Trusted,
        "guarded" => IsolationLevel.Guarded,
        "isolated" => IsolationLevel.Isolated,
        _ => null,
    };

    /// <summary><c>cancel</c>, <c>leave</c> or <c>flatten</c>.</summary>
    public static StrategyFailurePolicy? ParseOnFailure(string text) => text.ToLowerInvariant() switch
    {
        "cancel" => StrategyFailurePolicy.Cancel,
        "leave" => StrategyFailurePolicy.Leave,
        "flatten" => StrategyFailurePolicy.Flatten,
        _ => null,
    };

    /// <summary>A positive duration with a unit: <c>250ms</c>, <c>2s</c>, <c>1.5s</c>, <c>5m</c>.</summary>
    public static TimeSpan? ParseDuration(string text)
    {
        var (number, unit) = Split(text);
        double scaleMs = unit switch { "ms" => 1, "s" => 1_000, "m" => 60_000, _ => 0 };
        if (scaleMs == 0 || number is not { } n || n <= 0 || n * scaleMs > TimeSpan.MaxValue.TotalMilliseconds / 2) return null;
        return TimeSpan.FromMilliseconds(n * scaleMs);
    }

    /// <summary>A positive size with a binary unit: <c>512KB</c>, <c>64MB</c>, <c>1GB</c> (1 KB = 1,024 bytes), or <c>B</c>.</summary>
    public static long? ParseBytes(string text)
    {
        var (number, unit) = Split(text);
        double scale = unit switch { "b" => 1, "kb" => 1024, "mb" => 1024 * 1024, "gb" => 1024.0 * 1024 * 1024, _ => 0 };
        if (scale == 0 || number is not { } n || n <= 0 || n * scale >= long.MaxValue / 2.0) return null;
        long bytes = (long)Math.Round(n * scale);
        return bytes > 0 ? bytes : null;
    }

    /// <summary>A positive whole number of nested calls.</summary>
    public static int? ParseDepth(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int depth) && depth > 0 ? depth : null;

    private static T? Pick<T>(string option, string? cliText, IConfigurationSection config, string key, Func<string, T?> parse)
        where T : struct
    {
        string? text = cliText;
        string source = option;
        if (text is null && config[key] is { } configured)
        {
            text = configured;
            source = $"configuration {Section}:{key}";
        }
        if (text is null) return null;
        return parse(text.Trim()) ?? throw new CommandFailure($"{source}: '{text}' is not {Expected(key)}");
    }

    private static string Expected(string key) => key switch
    {
        "Isolation" => "an isolation level (trusted | guarded | isolated)",
        "OnFailure" => "an open-order policy on failure (cancel | leave | flatten)",
        "TimePerCallback" or "TotalTime" => "a positive duration with a unit (e.g. 250ms, 2s, 5m)",
        "AllocationPerCallback" => "a positive size with a unit (e.g. 512KB, 64MB, 1GB)",
        "MaxCallDepth" => "a positive whole number of nested calls (e.g. 1000)",
        _ => "valid",
    };

    /// <summary>Splits <c>1.5s</c> into 1.5 and <c>s</c> (lower case); the number is null when it does not parse.</summary>
    private static (double? Number, string Unit) Split(string text)
    {
        int end = 0;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.')) end++;
        string unit = text[end..].Trim().ToLowerInvariant();
        bool ok = double.TryParse(text.AsSpan(0, end), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double n);
        return (ok && double.IsFinite(n) ? n : null, unit);
    }
}
