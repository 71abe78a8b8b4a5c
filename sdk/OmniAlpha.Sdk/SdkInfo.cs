namespace OmniAlpha.Sdk;

/// <summary>Identity of this SDK build; plugins and compiled strategies record it so the host can check compatibility.</summary>
public static class SdkInfo
{
    /// <summary>
    /// Semantic version of the SDK contract, the same as the <c>OmniAlpha.Sdk</c> package version. A constant, so a
    /// plugin that uses it (as <see cref="Plugins.OmniAlphaPluginAttribute"/>'s default does) records the version it
    /// was compiled against, not the one it later runs with. Raise the minor when adding public API, the major when
    /// breaking it (and move PublicAPI.Unshipped.txt into PublicAPI.Shipped.txt on release).
    /// </summary>
    public const string Version = "1.0.0";
}
