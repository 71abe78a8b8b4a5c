using System.Globalization;
using System.Text.Json;
using OmniAlpha.Indicators.Catalog;
using Spectre.Console;

namespace OmniAlpha.Host.Indicators;

/// <summary>
/// <c>omnialpha indicators --list</c>: every catalog function with its group, inputs (and the columns they read by
/// default), parameters as <c>name=default [min..max]</c>, and outputs. A table on a terminal, one line per function
/// otherwise (easy to grep), or JSON.
/// </summary>
internal static class IndicatorListing
{
    /// <summary>One line per function: <c>NAME  group  inputs: ...  parameters: ...  outputs: ...</c>.</summary>
    public static void WriteText(TextWriter writer, IReadOnlyList<IndicatorDefinition> definitions)
    {
        int nameWidth = definitions.Count == 0 ? 0 : definitions.Max(d => d.Name.Length);
        int groupWidth = definitions.Count == 0 ? 0 : definitions.Max(d => d.Group.Length);
        foreach (var d in definitions)
        {
            writer.Write($"{d.Name.PadRight(nameWidth)}  {d.Group.PadRight(groupWidth)}  inputs: {IndicatorInputs.Describe(d)}");
            writer.Write($"  parameters: {Parameters(d)}  outputs: {string.Join(",", d.Outputs)}\n");
        }
    }

    /// <summary>A Spectre table, for a terminal (descriptions are in the JSON listing).</summary>
    public static void WriteTable(IAnsiConsole console, IReadOnlyList<IndicatorDefinition> definitions)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("Function").NoWrap());
        table.AddColumn("Group");
        table.AddColumn(new TableColumn("Inputs").NoWrap());
        table.AddColumn(new TableColumn("Parameters").NoWrap());
        table.AddColumn("Outputs");
        foreach (var d in definitions)
        {
            // One parameter per line keeps "name=default [min..max]" readable in a narrow terminal.
            table.AddRow(new Text(d.Name), new Text(d.Group), new Text(IndicatorInputs.Describe(d).Replace(", ", "\n")),
                new Text(Parameters(d).Replace(" [", "\u00A0[").Replace("] ", "]\n")), new Text(string.Join("\n", d.Outputs)));
        }
        console.Write(table);
        console.WriteLine($"{definitions.Count} functions");
    }

    /// <summary>A JSON array of functions with their inputs, parameters (default, minimum, maximum, integer) and outputs.</summary>
    public static void WriteJson(Stream stream, IReadOnlyList<IndicatorDefinition> definitions)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var d in definitions)
        {
            json.WriteStartObject();
            json.WriteString("name", d.Name);
            json.WriteString("group", d.Group);
            json.WriteString("description", d.Description);
            json.WriteStartArray("inputs");
            foreach (var input in d.Inputs) json.WriteStringValue(input.ToString().ToLowerInvariant());
            json.WriteEndArray();
            json.WriteStartArray("parameters");
            foreach (var p in d.Parameters)
            {
                json.WriteStartObject();
                json.WriteString("name", p.Name);
                json.WriteNumber("default", p.Default);
                json.WriteNumber("minimum", p.Minimum);
                json.WriteNumber("maximum", p.Maximum);
                json.WriteBoolean("integer", p.IsInteger);
                json.WriteString("description", p.Description);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("outputs");
            foreach (string output in d.Outputs) json.WriteStringValue(output);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static string Parameters(IndicatorDefinition d) =>
        d.Parameters.Count == 0
            ? "none"
            : string.Join(" ", d.Parameters.Select(p => $"{p.Name}={Number(p.Default)} [{Number(p.Minimum)}..{Number(p.Maximum)}]"));

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
