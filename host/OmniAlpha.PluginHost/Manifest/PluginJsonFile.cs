using System.Text.Json;
using System.Text.Json.Serialization;

namespace OmniAlpha.PluginHost.Manifest;

/// <summary>
/// The optional <c>plugin.json</c> beside a plugin's DLL. Every field is optional; unknown fields are errors (so a typo
/// is not silently ignored).
/// <code>
/// { "id": "my-broker", "name": "My Broker", "version": "1.2.0", "kinds": ["broker"], "sdkVersion": "1.0.0",
///   "assembly": "MyCompany.MyBroker.dll", "entryTypes": ["MyCompany.MyBroker.MyBrokerPlugin"] }
/// </code>
/// </summary>
internal sealed record PluginJsonFile
{
    public const string FileName = "plugin.json";

    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("version")] public string? Version { get; init; }
    [JsonPropertyName("kinds")] public string[]? Kinds { get; init; }
    [JsonPropertyName("sdkVersion")] public string? SdkVersion { get; init; }
    [JsonPropertyName("assembly")] public string? Assembly { get; init; }
    [JsonPropertyName("entryTypes")] public string[]? EntryTypes { get; init; }

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="PluginManifestException">The file is not valid JSON or has an unknown or mistyped field.</exception>
    public static PluginJsonFile Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<PluginJsonFile>(stream, Options)
                ?? throw new PluginManifestException($"{path}: empty manifest (expected a JSON object)");
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is { } line ? $"{path}:{line + 1}" : path;
            throw new PluginManifestException($"{where}: invalid plugin.json: {e.Message}", e);
        }
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };
}
