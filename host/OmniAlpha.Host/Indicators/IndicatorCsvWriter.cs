using System.Globalization;

namespace OmniAlpha.Host.Indicators;

/// <summary>
/// Writes indicator outputs as CSV: header <c>date,&lt;outputs&gt;</c>, one row per input row with its date text as read,
/// each value in invariant round-trip form (shortest text that parses back to the same double), an empty field where the
/// indicator has no value (NaN). Lines end with <c>\n</c>.
/// </summary>
internal static class IndicatorCsvWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<string> dates, IReadOnlyList<string> outputNames, IReadOnlyList<double[]> outputs)
    {
        writer.Write("date");
        foreach (string name in outputNames)
        {
            writer.Write(',');
            writer.Write(name);
        }
        writer.Write('\n');
        Span<char> buffer = stackalloc char[32];
        for (int row = 0; row < dates.Count; row++)
        {
            writer.Write(dates[row]);
            for (int o = 0; o < outputs.Count; o++)
            {
                writer.Write(',');
                double value = outputs[o][row];
                if (double.IsNaN(value)) continue;
                if (!value.TryFormat(buffer, out int written, "R", CultureInfo.InvariantCulture))
                    throw new InvalidOperationException($"Cannot format {value} in 32 characters.");
                writer.Write(buffer[..written]);
            }
            writer.Write('\n');
        }
    }
}
