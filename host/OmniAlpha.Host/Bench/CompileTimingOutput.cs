using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace OmniAlpha.Host.Bench;

/// <summary>Prints <see cref="CompileTiming"/>s as a table or, for <c>bench --compile --json</c>, a JSON array.</summary>
internal static class CompileTimingOutput
{
    public static void WriteTable(IReadOnlyList<CompileTiming> timings)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Case").AddColumn(new TableColumn("ms").RightAligned()).AddColumn(new TableColumn("Runs").RightAligned()).AddColumn("What");
        foreach (var t in timings)
            table.AddRow(t.Case, t.Milliseconds.ToString("0.0", CultureInfo.InvariantCulture), t.Runs.ToString(CultureInfo.InvariantCulture), Markup.Escape(t.Note));
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine("Compile times of strategies/SmaCross.cs, sandboxed; medians of the timed runs.");
    }

    public static void WriteJson(IReadOnlyList<CompileTiming> timings)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var t in timings)
            {
                json.WriteStartObject();
                json.WriteString("case", t.Case);
                json.WriteNumber("milliseconds", Math.Round(t.Milliseconds, 2));
                json.WriteNumber("runs", t.Runs);
                json.WriteString("note", t.Note);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        stdout.WriteByte((byte)'\n');
    }
}
