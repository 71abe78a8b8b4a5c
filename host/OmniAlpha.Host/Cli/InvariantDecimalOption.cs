using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace OmniAlpha.Host.Cli;

/// <summary>
/// Decimal options parsed the same way on every machine: '.' is the decimal separator and nothing else is
/// accepted (no thousands separators, no culture). Without this, <c>--cash 1000.5</c> silently became 10005
/// under a German locale, so one command line gave different backtests on different machines.
/// </summary>
internal static class InvariantDecimalOption
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>A required-value decimal option with a default.</summary>
    public static Option<decimal> Create(string name, string description, decimal defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => Parse(result) ?? defaultValue,
    };

    /// <summary>An optional decimal option (null when absent).</summary>
    public static Option<decimal?> CreateOptional(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = Parse,
    };

    private static decimal? Parse(ArgumentResult result)
    {
        if (result.Tokens.Count == 0) return null;
        string text = result.Tokens[^1].Value;
        if (decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out decimal value)) return value;
        string option = result.Parent is OptionResult o ? o.Option.Name : "value";
        result.AddError($"{option}: '{text}' is not a number (digits with '.' as the decimal separator, e.g. 1000.5)");
        return null;
    }
}
