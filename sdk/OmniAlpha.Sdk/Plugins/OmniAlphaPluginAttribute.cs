namespace OmniAlpha.Sdk.Plugins;

/// <summary>
/// The manifest of a plugin assembly: <c>[assembly: OmniAlphaPlugin("my-broker", "My Broker", "1.2.0", PluginKinds.Broker)]</c>.
/// The host reads it without running any plugin code. A <c>plugin.json</c> beside the DLL may give the same fields;
/// where both give a field they must agree, and a field only one gives is taken from it.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class OmniAlphaPluginAttribute : Attribute
{
    /// <summary>Declares the plugin.</summary>
    /// <param name="id">Stable identifier: lower-case letters, digits and '-' (e.g. <c>csv</c>); also the plugin's folder
    /// and DLL name under the plugins folder and its configuration section <c>Plugins:&lt;id&gt;</c>.</param>
    /// <param name="name">Display name.</param>
    /// <param name="version">The plugin's own semantic version.</param>
    /// <param name="kinds">What it provides.</param>
    /// <param name="sdkVersion">SDK version it was built against. Leave it out: the default is
    /// <see cref="SdkInfo.Version"/>, a constant the compiler copies into the plugin assembly, so it records the SDK
    /// the plugin was compiled with.</param>
    public OmniAlphaPluginAttribute(string id, string name, string version, PluginKinds kinds, string sdkVersion = SdkInfo.Version)
    {
        Id = id;
        Name = name;
        Version = version;
        Kinds = kinds;
        SdkVersion = sdkVersion;
    }

    /// <summary>Stable identifier (see the constructor).</summary>
    public string Id { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>The plugin's own semantic version.</summary>
    public string Version { get; }

    /// <summary>What the plugin provides.</summary>
    public PluginKinds Kinds { get; }

    /// <summary>The SDK version the plugin was built against.</summary>
    public string SdkVersion { get; }

    /// <summary>
    /// Types the host instantiates (public, with a public parameterless constructor, implementing <see cref="IPlugin"/>).
    /// When empty, every such type of the assembly is an entry type.
    /// </summary>
    public Type[] EntryTypes { get; set; } = [];
}
