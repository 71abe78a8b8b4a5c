using System.Text.Json;

namespace OmniAlpha.Host.Tests.Support;

/// <summary>summary.json read back.</summary>
internal static class SummaryJson
{
    public static JsonElement Read(string outputFolder) => Parse(File.ReadAllText(Path.Combine(outputFolder, "summary.json")));

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>A money field read exactly (the raw JSON number text, not a double).</summary>
    public static decimal Money(this JsonElement summary, string name) =>
        decimal.Parse(summary.GetProperty(name).GetRawText(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
}
