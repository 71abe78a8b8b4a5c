using OmniAlpha.PluginHost.Manifest;
using OmniAlpha.Sdk;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.PluginHost.Tests;

/// <summary>A host loads a plugin built against the same SDK major and an equal or lower minor; anything else is refused in one line.</summary>
public sealed class SdkCompatibilityTests
{
    [Theory]
    [InlineData("1.4.0", "1.0.0", true)]
    [InlineData("1.4.0", "1.4.0", true)]
    [InlineData("1.4.0", "1.4.9", true)]   // patch never matters
    [InlineData("1.4.2", "1.3.7", true)]
    [InlineData("1.4.0", "1.5.0", false)]  // the plugin may call members this host lacks
    [InlineData("1.4.0", "2.0.0", false)]  // breaking change
    [InlineData("2.0.0", "1.9.0", false)]  // breaking change the other way
    [InlineData("1.4.0", "0.9.0", false)]
    public void Same_major_and_an_equal_or_lower_minor_is_loadable(string host, string plugin, bool loadable) =>
        Assert.Equal(loadable, SdkVersion.Parse(host).CanLoad(SdkVersion.Parse(plugin)));

    [Fact]
    public void A_plugin_for_another_major_is_refused_with_the_issue_s_line()
    {
        var manifest = Manifest("X", "1.2.0", "2.0.0");
        Assert.Equal("plugin X 1.2.0 needs SDK 2.x; this host has SDK 1.4", SdkCompatibility.Refusal(manifest, new SdkVersion(1, 4, 0)));
    }

    [Fact]
    public void A_plugin_for_a_newer_minor_is_refused_naming_the_minor_it_needs()
    {
        var manifest = Manifest("my-risk", "0.3.1", "1.5.0");
        Assert.Equal("plugin my-risk 0.3.1 needs SDK 1.5 or a later 1.x; this host has SDK 1.4", SdkCompatibility.Refusal(manifest, new SdkVersion(1, 4, 2)));
    }

    [Fact]
    public void A_compatible_plugin_has_no_refusal() => Assert.Null(SdkCompatibility.Refusal(Manifest("ok", "1.0.0", "1.3.0"), new SdkVersion(1, 4, 0)));

    [Theory]
    [InlineData("1.2.3", 1, 2, 3)]
    [InlineData("1.2", 1, 2, 0)]
    [InlineData("2.0.0-beta.1", 2, 0, 0)]
    [InlineData(" 3.1.4+build7 ", 3, 1, 4)]
    public void Versions_parse(string text, int major, int minor, int patch) => Assert.Equal(new SdkVersion(major, minor, patch), SdkVersion.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.x")]
    [InlineData("1.2.3.4")]
    [InlineData("-1.0.0")]
    public void Non_versions_do_not_parse(string text) => Assert.False(SdkVersion.TryParse(text, out _));

    [Fact]
    public void The_sdk_version_constant_is_the_sdk_assembly_s_version()
    {
        var assembly = typeof(SdkInfo).Assembly.GetName().Version!;
        Assert.Equal(SdkVersion.Current, new SdkVersion(assembly.Major, assembly.Minor, assembly.Build));
        Assert.Equal(SdkInfo.Version, SdkVersion.Current.ToString());
    }

    private static PluginManifest Manifest(string id, string version, string sdk) =>
        new(id, id, version, PluginKinds.Risk, SdkVersion.Parse(sdk), [], "/nowhere/x.dll");
}
