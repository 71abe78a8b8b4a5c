using System.Text.RegularExpressions;
using OmniAlpha.Sdk;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.PluginHost.Manifest;

/// <summary>
/// Reads a plugin folder's manifest. The main assembly is <c>&lt;folder&gt;/&lt;id&gt;.dll</c>, or the file plugin.json's
/// <c>assembly</c> names. The manifest is the union of the assembly's <c>[assembly: OmniAlphaPlugin]</c> and plugin.json:
/// a field given by only one of them is taken from it; a field given by both must agree (the attribute is what the
/// compiler recorded, plugin.json what the packager wrote, and a disagreement means one of them is stale).
/// Required in the end: id (equal to the folder name), version, kinds and sdkVersion.
/// </summary>
public static partial class PluginManifestReader
{
    /// <summary>Reads and validates the manifest of the plugin in <paramref name="folder"/> (an absolute path).</summary>
    /// <exception cref="PluginManifestException">Missing, malformed or inconsistent manifest; the message says which file and field.</exception>
    public static PluginManifest Read(string folder)
    {
        folder = Path.GetFullPath(folder);
        string folderName = Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar));
        string jsonPath = Path.Combine(folder, PluginJsonFile.FileName);
        PluginJsonFile? json = File.Exists(jsonPath) ? PluginJsonFile.Read(jsonPath) : null;

        if (json?.Assembly is { } named && (Path.IsPathRooted(named) || named.Contains("..", StringComparison.Ordinal)))
            throw new PluginManifestException($"{jsonPath}: assembly: '{named}' must be a file name inside the plugin folder");
        string assemblyPath = Path.Combine(folder, json?.Assembly ?? folderName + ".dll");
        if (!File.Exists(assemblyPath) && json?.Assembly is null) assemblyPath = FindByAttribute(folder, folderName) ?? assemblyPath;
        if (!File.Exists(assemblyPath))
            throw new PluginManifestException($"{folder}: no plugin assembly: expected {Path.GetFileName(assemblyPath)}" +
                                              (json?.Assembly is null ? " (or name it with \"assembly\" in plugin.json)" : " (named by plugin.json)"));
        AssemblyManifest? attribute = AssemblyManifestReader.Read(assemblyPath);
        if (attribute is null && json is null)
            throw new PluginManifestException($"{assemblyPath}: not an OmniAlpha plugin: no [assembly: OmniAlphaPlugin(...)] and no plugin.json");

        var merge = new ManifestMerge(jsonPath, assemblyPath);
        string id = merge.Text("id", json?.Id, attribute?.Id) ?? throw merge.Missing("id");
        if (!IdPattern().IsMatch(id)) throw new PluginManifestException($"{merge.Source("id")}: id '{id}' must be lower-case letters, digits and '-', starting with a letter or digit");
        if (!string.Equals(id, folderName, StringComparison.Ordinal))
            throw new PluginManifestException($"{folder}: the folder of plugin '{id}' must be named '{id}', not '{folderName}'");
        string version = merge.Version("version", json?.Version, attribute?.Version) ?? throw merge.Missing("version");
        string sdk = merge.Version("sdkVersion", json?.SdkVersion, attribute?.SdkVersion) ?? throw merge.Missing("sdkVersion");
        PluginKinds kinds = merge.Kinds(json?.Kinds, attribute?.Kinds);
        if (kinds == PluginKinds.None) throw merge.Missing("kinds");
        return new PluginManifest(
            Id: id,
            Name: merge.Text("name", json?.Name, attribute?.Name) ?? id,
            Version: version,
            Kinds: kinds,
            SdkVersion: SdkVersion.Parse(sdk),
            EntryTypes: merge.Names("entryTypes", json?.EntryTypes, attribute?.EntryTypes),
            AssemblyPath: assemblyPath);
    }

    // Without <id>.dll and plugin.json's "assembly": the one DLL of the folder whose [OmniAlphaPlugin] id is the folder's name.
    private static string? FindByAttribute(string folder, string id)
    {
        foreach (string dll in Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal))
        {
            try
            {
                if (AssemblyManifestReader.Read(dll)?.Id == id) return dll;
            }
            catch (PluginManifestException)
            {
                // Not a managed assembly (a native library): not the plugin.
            }
        }
        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
