using System.Globalization;
using OmniAlpha.Sdk;

namespace OmniAlpha.PluginHost.Manifest;

/// <summary>
/// The host's rule for loading a plugin: built against the same SDK major and an equal or lower minor. Anything else
/// is refused with one line, e.g. <c>plugin X 1.2.0 needs SDK 2.x; this host has SDK 1.4</c>.
/// </summary>
public static class SdkCompatibility
{
    /// <summary>Null when a host with <paramref name="hostSdk"/> can load the plugin, otherwise the refusal line.</summary>
    public static string? Refusal(PluginManifest manifest, SdkVersion hostSdk)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        SdkVersion needed = manifest.SdkVersion;
        if (hostSdk.CanLoad(needed)) return null;
        string needs = needed.Major != hostSdk.Major
            ? string.Create(CultureInfo.InvariantCulture, $"{needed.Major}.x")
            : string.Create(CultureInfo.InvariantCulture, $"{needed.Major}.{needed.Minor} or a later {needed.Major}.x");
        return string.Create(CultureInfo.InvariantCulture,
            $"plugin {manifest.Id} {manifest.Version} needs SDK {needs}; this host has SDK {hostSdk.Major}.{hostSdk.Minor}");
    }
}
