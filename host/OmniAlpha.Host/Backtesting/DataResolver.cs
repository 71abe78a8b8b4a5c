using OmniAlpha.Host.Cli;
using OmniAlpha.Plugins.Csv;
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
    public static IReadOnlyList<string> Formats => CsvDataPlugin.Formats;

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

    /// <summary>The mapping a <c>--format</c> preset or <c>--mapping</c> JSON file names (for commands that read files themselves).</summary>
    /// <exception cref="CommandFailure">Unknown format, missing or malformed mapping file (exit 1).</exception>
    internal static CsvColumnMapping Mapping(string format, string? mappingFile)
    {
        try
        {
            return CsvDataPlugin.ResolveMapping(format, mappingFile);
        }
        catch (Exception e) when (e is ArgumentException or FileNotFoundException)
        {
            throw new CommandFailure(e.Message.StartsWith("format:", StringComparison.Ordinal) ? "--" + e.Message : e.Message, inner: e);
        }
    }
}
