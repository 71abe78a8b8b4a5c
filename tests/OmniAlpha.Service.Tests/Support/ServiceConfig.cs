using System.Globalization;
using System.Text.Json;

namespace OmniAlpha.Service.Tests.Support;

/// <summary>Writes an <c>appsettings.json</c> for a test service: sample data of a given size and the strategies to deploy.</summary>
internal static class ServiceConfig
{
    /// <summary>The configuration JSON (strategies: id, script, symbols, parameters).</summary>
    public static string Json(int symbolCount, int barCount, double speed, bool stopAtEnd, string? compileCacheDir,
        IEnumerable<(string Id, string Script, string[] Symbols, Dictionary<string, string>? Parameters)> strategies,
        string checkpointInterval = "00:00:00.001")
    {
        var config = new Dictionary<string, object?>
        {
            ["Plugins"] = new Dictionary<string, object> { ["sample-data"] = new { SymbolCount = symbolCount, BarCount = barCount, Seed = 7 } },
            ["Serve"] = new Dictionary<string, object?>
            {
                ["Speed"] = speed.ToString("R", CultureInfo.InvariantCulture),
                ["StopAtEndOfData"] = stopAtEnd,
                ["CheckpointInterval"] = checkpointInterval,
                ["CompileCacheDir"] = compileCacheDir,
                ["Logs"] = new { WriteFiles = true },
                ["Strategies"] = strategies.Select(s => new
                {
                    s.Id,
                    s.Script,
                    s.Symbols,
                    Parameters = s.Parameters ?? new Dictionary<string, string>(),
                    StartingCash = 100_000,
                }).ToArray(),
            },
            ["Serilog"] = new { MinimumLevel = "Warning" },
        };
        return JsonSerializer.Serialize(config, new JsonSerializerOptions { WriteIndented = true });
    }
}
