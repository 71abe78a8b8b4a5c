using System.Text.Json;
using OmniAlpha.Host.Cli;
using OmniAlpha.Plugins.Csv;
using OmniAlpha.Plugins.SampleData;
using OmniAlpha.Sdk.Data;

namespace OmniAlpha.Host.Backtesting;

/// <summary>
/// Opens the data a run asked for: a CSV file or folder read through a column mapping (Yahoo by default,
/// a preset name, or a JSON mapping file), or the built-in deterministic sample data when no path is given.
/// </summary>
internal sealed class DataResolver
{
    /// <summary>Mapping presets selectable with <c>--format</c>.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["yahoo", "backtrader"];

    public IHistoricalDataSource Open(string? path, string format, string? mappingFile, BadRowPolicy policy)
    {
        if (path is null) return new SampleDataSource();
        if (!File.Exists(path) && !Directory.Exists(path)) throw new CommandFailure($"data path not found: {path}");
        return new CsvDataSource(path, new CsvBarReader(Mapping(format, mappingFile), policy));
    }

    /// <summary>The mapping a <c>--format</c> preset or <c>--mapping</c> JSON file names.</summary>
    internal static CsvColumnMapping Mapping(string format, string? mappingFile)
    {
        if (mappingFile is not null)
        {
            if (!File.Exists(mappingFile)) throw new CommandFailure($"mapping file not found: {mappingFile}");
            try
            {
                var mapping = JsonSerializer.Deserialize<CsvColumnMapping>(File.ReadAllText(mappingFile), MappingJson)
                    ?? throw new CommandFailure($"{mappingFile}: empty mapping");
                mapping.Validate();
                return mapping;
            }
            catch (JsonException e)
            {
                throw new CommandFailure($"{mappingFile}: {e.Message}");
            }
        }
        return format.ToLowerInvariant() switch
        {
            "yahoo" => CsvColumnMapping.Yahoo,
            "backtrader" => CsvColumnMapping.BacktraderDaily,
            _ => throw new CommandFailure($"--format: unknown format '{format}' (expected {string.Join(" | ", Formats)}, or --mapping FILE.json)"),
        };
    }

    private static readonly JsonSerializerOptions MappingJson = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}
