using System.Globalization;

namespace OmniAlpha.Scripting.JavaScript.Api;

/// <summary>
/// Converts JavaScript numbers (IEEE doubles) to exact decimals the way a person reads them: through the shortest
/// text that round-trips the double (ECMAScript's Number::toString and .NET's "R" agree on it), so <c>101.23</c>
/// becomes <c>101.23m</c>, not <c>101.2299999999999897681846051</c>, and <c>0.1 + 0.2</c> becomes
/// <c>0.30000000000000004m</c> (what the script really computed, not a silently rounded 0.3).
/// </summary>
internal static class ExactDecimal
{
    /// <summary>The decimal whose digits are the shortest round-trip text of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">NaN, an infinity, or a magnitude beyond decimal's range; names <paramref name="what"/>.</exception>
    public static decimal FromDouble(double value, string what)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"{what} must be a finite number, got {Describe(value)}.");
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15) return (decimal)(long)value; // whole numbers: no text needed
        Span<char> text = stackalloc char[32];
        if (!value.TryFormat(text, out int written, "R", CultureInfo.InvariantCulture))
            throw new ArgumentException($"{what}: cannot format {value}.");
        if (!decimal.TryParse(text[..written], NumberStyles.Float, CultureInfo.InvariantCulture, out decimal result))
            throw new ArgumentException($"{what} {text[..written].ToString()} is outside the range of an exact decimal.");
        return result;
    }

    /// <summary>The nearest double of an exact decimal (what scripts read: cash, equity, fill prices).</summary>
    public static double ToDouble(decimal value) => (double)value;

    private static string Describe(double value) =>
        double.IsNaN(value) ? "NaN (an indicator that is not ready yet, or 0/0?)" : value > 0 ? "Infinity" : "-Infinity";
}
