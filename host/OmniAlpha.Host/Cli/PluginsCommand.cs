using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OmniAlpha.Host.Hosting;
using OmniAlpha.PluginHost.Loading;
using OmniAlpha.Sdk.Plugins;
using Spectre.Console;

namespace OmniAlpha.Host.Cli;

/// <summary>
/// <c>omnialpha plugins list [--plugins DIR] [--json]</c>: loads the plugins folder the way a run does and shows each plugin's
/// id, version, kinds, SDK version, state (loaded / disabled / refused) and error. Exit 0 whatever the plugins' states.
/// </summary>
internal static class PluginsCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array instead of a table." };
        var pluginsFolder = CommonOptions.PluginsFolder();
        var verbose = CommonOptions.Verbose();
        var list = new Command("list", "Show the plugins of the plugins folder: id, version, kinds, SDK version, state and error.") { json, pluginsFolder, verbose };
        list.SetAction(parse => CommandRunner.Run(parse.GetValue(verbose), () =>
        {
            using var host = CliHost.Create(parse.GetValue(verbose), pluginsFolder: parse.GetValue(pluginsFolder));
            var registry = host.Services.GetRequiredService<PluginRegistry>();
            registry.LoadAllAsync().GetAwaiter().GetResult();
            if (parse.GetValue(json)) WriteJson(registry.Plugins);
            else WriteTable(registry);
            return 0;
        }));
        return new Command("plugins", "Plugin utilities.") { list };
    }

    /// <summary>Kinds as the manifest spells them: <c>broker,data</c>.</summary>
    public static string Kinds(PluginKinds kinds) =>
        string.Join(",", Enum.GetValues<PluginKinds>().Where(k => k != PluginKinds.None && kinds.HasFlag(k)).Select(k => k.ToString().ToLowerInvariant()));

    private static string State(PluginState state) => state.ToString().ToLowerInvariant();

    private static void WriteJson(IReadOnlyList<PluginStatus> plugins)
    {
        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var plugin in plugins)
        {
            json.WriteStartObject();
            json.WriteString("id", plugin.Id);
            json.WriteString("name", plugin.Manifest?.Name ?? plugin.Id);
            json.WriteString("version", plugin.Version);
            json.WriteStartArray("kinds");
            foreach (string kind in Kinds(plugin.Kinds).Split(',', StringSplitOptions.RemoveEmptyEntries)) json.WriteStringValue(kind);
            json.WriteEndArray();
            if (plugin.Manifest is { } manifest) json.WriteString("sdk_version", manifest.SdkVersion.ToString());
            else json.WriteNull("sdk_version");
            json.WriteString("state", State(plugin.State));
            if (plugin.Error is { } error) json.WriteString("error", error);
            else json.WriteNull("error");
            json.WriteString("folder", plugin.Folder);
            json.WriteNumber("load_ms", Math.Round(plugin.LoadTime.TotalMilliseconds, 1));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.Flush();
        stdout.WriteByte((byte)'\n');
    }

    private static void WriteTable(PluginRegistry registry)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Id").AddColumn("Version").AddColumn("Kinds").AddColumn("SDK").AddColumn("State").AddColumn("Error")
            .AddColumn(new TableColumn("Load ms").RightAligned());
        foreach (var plugin in registry.Plugins)
        {
            table.AddRow(Markup.Escape(plugin.Id), Markup.Escape(plugin.Version), Kinds(plugin.Kinds),
                plugin.Manifest?.SdkVersion.ToString() ?? "-", State(plugin.State), Markup.Escape(plugin.Error ?? ""),
                plugin.LoadTime.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(table);
        Console.WriteLine($"{registry.Plugins.Count} plugin(s) in {registry.Directory}; host SDK {OmniAlpha.Sdk.SdkVersion.Current}");
    }
}
