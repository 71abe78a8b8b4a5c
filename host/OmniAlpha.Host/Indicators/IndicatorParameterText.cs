using System.Globalization;
using OmniAlpha.Host.Cli;

namespace OmniAlpha.Host.Indicators;

/// <summary>Parses <c>--param name=value</c> options into TA-Lib parameter overrides (numbers in invariant culture).</summary>
internal static class IndicatorParameterText
{
    /// <exception cref="CommandFailure">A pair is not <c>name=value</c> or its value is not a number (exit code 2).</exception>
    public static Dictionary<string, double> Parse(IEnumerable<string> pairs)
    {
        var result = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (string pair in pairs)
        {
            int eq = pair.IndexOf('=');
            if (eq <= 0) throw new CommandFailure($"--param: '{pair}' is not name=value", 2);
            string name = pair[..eq].Trim(), text = pair[(eq + 1)..].Trim();
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
                throw new CommandFailure($"--param {name}: '{text}' is not a number", 2);
            result[name] = value;
        }
        return result;
    }
}
