using System.Text.Json;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.Plugins.Csv;

/// <summary>
/// The CSV data plugin (<c>csv</c>): opens a file or a folder of files (<see cref="DataRequest.Location"/>) read through a
/// column mapping, chosen by the request's settings: <c>mapping</c> (a JSON file with the properties of
/// <see cref="CsvColumnMapping"/>) or else <c>format</c> (<c>yahoo</c>, the default, or <c>backtrader</c>).
/// </summary>
public sealed class CsvDataPlugin : IPlugin, IHistoricalDataPlugin
{
    /// <summary>Mapping presets selectable with the <c>format</c> setting.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["yahoo", "backtrader"];

    /// <inheritdoc />
    public Task StartAsync(IPluginContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">No location, an unknown <c>format</c> (message starts with <c>format:</c>), or a malformed mapping file.</exception>
    /// <exception cref="FileNotFoundException">The mapping file does not exist.</exception>
    public IHistoricalDataSource OpenHistory(DataRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.Location)) throw new ArgumentException("the CSV data plugin needs a file or folder to read");
        var settings = request.Settings;
        var mapping = ResolveMapping(settings.TryGetValue("format", out var f) ? f : "yahoo", settings.GetValueOrDefault("mapping"));
        return new CsvDataSource(request.Location, new CsvBarReader(mapping, request.OnBadRow));
    }

    /// <summary>The mapping a JSON file names (<paramref name="mappingFile"/>, when given) or else the <paramref name="format"/> preset.</summary>
    /// <exception cref="ArgumentException">An unknown format (message starts with <c>format:</c>) or a malformed mapping file.</exception>
    /// <exception cref="FileNotFoundException">The mapping file does not exist.</exception>
    public static CsvColumnMapping ResolveMapping(string format, string? mappingFile) =>
        !string.IsNullOrEmpty(mappingFile) ? ReadMapping(mappingFile) : Preset(format);

    private static CsvColumnMapping Preset(string format) => format.ToLowerInvariant() switch
    {
        "yahoo" => CsvColumnMapping.Yahoo,
        "backtrader" => CsvColumnMapping.BacktraderDaily,
        _ => throw new ArgumentException($"format: unknown format '{format}' (expected {string.Join(" | ", Formats)}, or --mapping FILE.json)"),
    };

    private static CsvColumnMapping ReadMapping(string mappingFile)
    {
        if (!File.Exists(mappingFile)) throw new FileNotFoundException($"mapping file not found: {mappingFile}", mappingFile);
        try
        {
            var mapping = JsonSerializer.Deserialize<CsvColumnMapping>(File.ReadAllText(mappingFile), MappingJson)
                ?? throw new ArgumentException($"{mappingFile}: empty mapping");
            mapping.Validate();
            return mapping;
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{mappingFile}: {e.Message}", e);
        }
    }

    private static readonly JsonSerializerOptions MappingJson = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}
