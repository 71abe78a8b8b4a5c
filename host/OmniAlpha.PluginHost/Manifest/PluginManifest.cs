using OmniAlpha.Sdk;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.PluginHost.Manifest;

/// <summary>What a plugin declares about itself, merged from its <c>[assembly: OmniAlphaPlugin]</c> and its <c>plugin.json</c>.</summary>
/// <param name="Id">Stable id: lower-case letters, digits and '-'; equals the plugin's folder name.</param>
/// <param name="Name">Display name (the id when none is given).</param>
/// <param name="Version">The plugin's own version as declared (semantic version text).</param>
/// <param name="Kinds">What it provides.</param>
/// <param name="SdkVersion">The SDK version it was built against.</param>
/// <param name="EntryTypes">Full names of the types to instantiate; empty means every public <see cref="IPlugin"/> type.</param>
/// <param name="AssemblyPath">Absolute path of the plugin's main assembly.</param>
public sealed record PluginManifest(
    string Id,
    string Name,
    string Version,
    PluginKinds Kinds,
    SdkVersion SdkVersion,
    IReadOnlyList<string> EntryTypes,
    string AssemblyPath);
