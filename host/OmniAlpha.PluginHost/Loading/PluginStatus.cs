using OmniAlpha.PluginHost.Manifest;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.PluginHost.Loading;

/// <summary>One plugin as <c>omnialpha plugins list</c> shows it.</summary>
/// <param name="Id">The plugin's id (its folder name when the manifest could not be read).</param>
/// <param name="Folder">Absolute path of its folder.</param>
/// <param name="Manifest">The manifest; null when it could not be read.</param>
/// <param name="State">Loaded, disabled or refused.</param>
/// <param name="Error">Why it is disabled or refused, or why its last reload failed while an older version keeps running; null otherwise.</param>
/// <param name="Generation">Incremented each time a (new) version is swapped in; 0 before the first load.</param>
/// <param name="LoadTime">How long reading, loading and starting it took.</param>
public sealed record PluginStatus(
    string Id,
    string Folder,
    PluginManifest? Manifest,
    PluginState State,
    string? Error,
    int Generation,
    TimeSpan LoadTime)
{
    /// <summary>The plugin's version, or empty when the manifest could not be read.</summary>
    public string Version => Manifest?.Version ?? "";

    /// <summary>What it provides (none when the manifest could not be read).</summary>
    public PluginKinds Kinds => Manifest?.Kinds ?? PluginKinds.None;
}
