using System.Globalization;
using OmniAlpha.Sdk.Execution;

namespace OmniAlpha.Plugins.Simulated;

/// <summary>
/// Parses the command line's cost-model specs into fee and slippage models. Numbers use the invariant culture
/// (a dot as decimal separator) and must not be negative; kinds are case-insensitive. Each model's
/// <c>ToString()</c> prints the spec back.
/// </summary>
public static class CostModelSpec
{
    /// <summary>The accepted commission specs, as listed in error messages.</summary>
    public const string CommissionForms =
        "none | per-share:<amount>[:min=<minimum per order>] | percent:<percent of value> | flat:<amount per order>";

    /// <summary>The accepted slippage specs, as listed in error messages.</summary>
    public const string SlippageForms = "none | bps:<basis points> | volume-share:<price impact>";

    /// <summary>
    /// Parses <c>none</c>, <c>per-share:0.005</c>, <c>per-share:0.005:min=1</c>, <c>percent:0.1</c> or <c>flat:1</c>.
    /// </summary>
    /// <exception cref="FormatException">The spec is not one of the accepted forms.</exception>
    public static IFeeModel ParseCommission(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        string[] parts = spec.Trim().Split(':');
        string kind = parts[0].Trim().ToLowerInvariant();
        switch (kind)
        {
            case "none" when parts.Length == 1:
                return NoFeeModel.Instance;
            case "per-share" when parts.Length is 2 or 3:
                decimal perShare = ParseAmount(parts[1], spec, "commission", CommissionForms);
                decimal minimum = 0m;
                if (parts.Length == 3)
                {
                    string option = parts[2].Trim();
                    if (!option.StartsWith("min=", StringComparison.OrdinalIgnoreCase))
                        throw Invalid(spec, "commission", CommissionForms);
                    minimum = ParseAmount(option["min=".Length..], spec, "commission", CommissionForms);
                }
                return new PerShareFeeModel(perShare, minimum);
            case "percent" when parts.Length == 2:
                return new PercentOfValueFeeModel(ParseAmount(parts[1], spec, "commission", CommissionForms));
            case "flat" when parts.Length == 2:
                return new FlatFeeModel(ParseAmount(parts[1], spec, "commission", CommissionForms));
            default:
                throw Invalid(spec, "commission", CommissionForms);
        }
    }

    /// <summary>Parses <c>none</c>, <c>bps:5</c> or <c>volume-share:0.1</c>.</summary>
    /// <exception cref="FormatException">The spec is not one of the accepted forms.</exception>
    public static ISlippageModel ParseSlippage(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        string[] parts = spec.Trim().Split(':');
        string kind = parts[0].Trim().ToLowerInvariant();
        return kind switch
        {
            "none" when parts.Length == 1 => NoSlippageModel.Instance,
            "bps" when parts.Length == 2 => new FixedBpsSlippageModel(ParseAmount(parts[1], spec, "slippage", SlippageForms)),
            "volume-share" when parts.Length == 2 =>
                new VolumeShareSlippageModel(ParseAmount(parts[1], spec, "slippage", SlippageForms)),
            _ => throw Invalid(spec, "slippage", SlippageForms),
        };
    }

    private static decimal ParseAmount(string text, string spec, string what, string forms)
    {
        // Only plain non-negative numbers: no sign, exponent, thousands separator or culture-specific format.
        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
            throw Invalid(spec, what, forms);
        return value;
    }

    private static FormatException Invalid(string spec, string what, string forms) =>
        new($"Invalid {what} spec '{spec}': expected {forms} (non-negative numbers, '.' as decimal separator).");
}
