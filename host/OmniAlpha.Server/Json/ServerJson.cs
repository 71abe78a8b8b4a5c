using System.Text.Json;
using System.Text.Json.Serialization;

namespace OmniAlpha.Server.Json;

/// <summary>The API's JSON conventions: camelCase names, enums as their names, decimals as exact numbers, UTC times.</summary>
internal static class ServerJson
{
    /// <summary>Applies the conventions to <paramref name="options"/> (the web defaults: camelCase, case-insensitive reads).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.Converters.Add(new UtcDateTimeConverter());
        options.NumberHandling = JsonNumberHandling.Strict;
    }
}
