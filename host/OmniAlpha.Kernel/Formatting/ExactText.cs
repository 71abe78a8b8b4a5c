using System.Globalization;

namespace OmniAlpha.Kernel.Formatting;

/// <summary>
/// Invariant, exact text for reports: decimals with every significant digit and no trailing zeros or exponent,
/// UTC times in ISO 8601 (<c>2014-01-02T21:00:00Z</c>), doubles in shortest round-trip form.
/// </summary>
public static class ExactText
{
    private const string DecimalFormat = "0.############################";

    /// <summary>Formats a decimal exactly (e.g. 100.500000 -> <c>100.5</c>).</summary>
    public static string Format(decimal value) => value.ToString(DecimalFormat, CultureInfo.InvariantCulture);

    /// <summary>Formats an optional decimal; empty when null.</summary>
    public static string Format(decimal? value) => value is { } v ? Format(v) : string.Empty;

    /// <summary>Formats a UTC time in ISO 8601 with a Z suffix; sub-second digits only when present.</summary>
    public static string Format(DateTime utc) =>
        utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>Formats a double in shortest round-trip form; non-finite values as <c>NaN</c>/<c>Infinity</c>.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
