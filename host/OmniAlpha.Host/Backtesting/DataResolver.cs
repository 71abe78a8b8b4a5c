using OmniAlpha.Host.Cli;
using OmniAlpha.PluginHost.Loading;
using OmniAlpha.PluginHost.Resilience;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.Host.Backtesting;

/// <summary>
/// Opens the data a run asked for through the data plugins: a CSV file or folder through the <c>csv</c> plugin (Yahoo
/// layout by default, a preset name, or a JSON mapping file), or the <c>sample-data</c> plugin's deterministic bars when
/// no path is given. The source returned is guarded (retry, circuit breaker) and follows a hot-reloaded plugin.
/// </summary>
internal sealed class DataResolver(PluginRegistry plugins, PluginCallGuard guard)
{
    /// <summary>The plugin that reads files.</summary>
    public const string CsvPluginId = "csv";

    /// <summary>The plugin that generates sample data.</summary>
    public const string SampleDataPluginId = "sample-data";

    /// <summary>Mapping presets selectable with <c>--format</c> (the <c>csv</c> plugin's).</summary>
    public static IReadOnlyList<string> Formats { get; } = ["yahoo", "backtrader"];

    public IHistoricalDataSource Open(string? path, string format, string? mappingFile, BadRowPolicy policy)
    {
        if (path is not null && !File.Exists(path) && !Directory.Exists(path)) throw new CommandFailure($"data path not found: {path}");
        var settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["format"] = format };
        if (mappingFile is not null) settings["mapping"] = mappingFile;
        var request = new DataRequest { Location = path, OnBadRow = policy, Settings = path is null ? new Dictionary<string, string>() : settings };
        string pluginId = path is null ? SampleDataPluginId : CsvPluginId;
        plugins.EnsureLoadedAsync(pluginId).GetAwaiter().GetResult();
        return PluginSettingFailure.Translate(settings.Keys, () =>
            new GuardedHistoricalDataSource(plugins.GetHandle<IHistoricalDataPlugin>(pluginId), request, guard));
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
