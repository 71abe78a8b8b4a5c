using OmniAlpha.Sdk;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.PluginHost.Manifest;

/// <summary>Merges one field at a time from plugin.json and the assembly attribute (see <see cref="PluginManifestReader"/>).</summary>
internal sealed class ManifestMerge(string jsonPath, string assemblyPath)
{
    private const string AttributeSource = "[assembly: OmniAlphaPlugin]";

    public string Source(string field) => $"{jsonPath} / {Path.GetFileName(assemblyPath)} {AttributeSource}: {field}";

    public PluginManifestException Missing(string field) =>
        new($"{Path.GetDirectoryName(assemblyPath)}: manifest field '{field}' is missing (give it in {AttributeSource} or plugin.json)");

    public string? Text(string field, string? fromJson, string? fromAttribute)
    {
        fromJson = Blank(fromJson);
        fromAttribute = Blank(fromAttribute);
        if (fromJson is not null && fromAttribute is not null && !string.Equals(fromJson, fromAttribute, StringComparison.Ordinal))
            throw Disagree(field, fromJson, fromAttribute);
        return fromJson ?? fromAttribute;
    }

    public string? Version(string field, string? fromJson, string? fromAttribute)
    {
        fromJson = Blank(fromJson);
        fromAttribute = Blank(fromAttribute);
        if (fromJson is not null && !SdkVersion.TryParse(fromJson, out _))
            throw new PluginManifestException($"{jsonPath}: {field}: '{fromJson}' is not a version (major.minor.patch)");
        if (fromAttribute is not null && !SdkVersion.TryParse(fromAttribute, out _))
            throw new PluginManifestException($"{assemblyPath}: {AttributeSource} {field}: '{fromAttribute}' is not a version (major.minor.patch)");
        if (fromJson is not null && fromAttribute is not null && SdkVersion.Parse(fromJson) != SdkVersion.Parse(fromAttribute))
            throw Disagree(field, fromJson, fromAttribute);
        return fromJson ?? fromAttribute;
    }

    public PluginKinds Kinds(string[]? fromJson, int? fromAttribute)
    {
        PluginKinds? json = null;
        if (fromJson is { Length: > 0 })
        {
            PluginKinds parsed = PluginKinds.None;
            foreach (string kind in fromJson)
            {
                if (!Enum.TryParse<PluginKinds>(kind, ignoreCase: true, out var one) || one == PluginKinds.None || !Enum.IsDefined(one))
                    throw new PluginManifestException($"{jsonPath}: kinds: '{kind}' is not a plugin kind (broker, data, risk, analytics, security)");
                parsed |= one;
            }
            json = parsed;
        }
        PluginKinds? attribute = fromAttribute is { } value and not 0 ? (PluginKinds)value : null;
        if (json is { } j && attribute is { } a && j != a) throw Disagree("kinds", j.ToString(), a.ToString());
        return json ?? attribute ?? PluginKinds.None;
    }

    public IReadOnlyList<string> Names(string field, string[]? fromJson, IReadOnlyList<string>? fromAttribute)
    {
        string[] json = fromJson ?? [];
        string[] attribute = fromAttribute?.ToArray() ?? [];
        if (json.Length > 0 && attribute.Length > 0 && !json.Order(StringComparer.Ordinal).SequenceEqual(attribute.Order(StringComparer.Ordinal)))
            throw Disagree(field, string.Join(", ", json), string.Join(", ", attribute));
        return json.Length > 0 ? json : attribute;
    }

    private PluginManifestException Disagree(string field, string fromJson, string fromAttribute) =>
        new($"{jsonPath}: {field} '{fromJson}' disagrees with {Path.GetFileName(assemblyPath)} {AttributeSource} '{fromAttribute}' (rebuild or fix plugin.json)");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
