using System.Reflection;
using OmniAlpha.Sdk;
using OmniAlpha.Sdk.Plugins;

namespace PluginTests;

/// <summary>The manifest the host reads before it loads any plugin code.</summary>
public sealed class ManifestTests
{
    // The plugin project is referenced, so its assembly (named after the plugin id) loads by name.
    private static readonly Assembly Plugin = Assembly.Load(new AssemblyName("my-plugin"));

    private static OmniAlphaPluginAttribute Manifest =>
        Plugin.GetCustomAttribute<OmniAlphaPluginAttribute>() ?? throw new InvalidOperationException("no [assembly: OmniAlphaPlugin]");

    [Fact]
    public void The_assembly_is_named_after_the_plugin_id_as_the_host_expects()
    {
        Assert.Equal("my-plugin", Manifest.Id);
        Assert.Equal(Manifest.Id, Plugin.GetName().Name);
    }

    [Fact]
    public void The_manifest_version_is_the_assembly_version()
    {
        Assert.Equal(Manifest.Version, Plugin.GetName().Version?.ToString(3));
    }

    [Fact]
    public void The_plugin_records_the_sdk_version_it_was_built_against()
    {
        Assert.Equal(SdkInfo.Version, Manifest.SdkVersion);
    }

    [Fact]
    public void The_plugin_has_a_public_parameterless_entry_type_for_each_declared_kind()
    {
        var entries = Plugin.GetExportedTypes()
            .Where(t => typeof(IPlugin).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .ToList();
        Assert.NotEmpty(entries);
        var kindInterfaces = new Dictionary<PluginKinds, Type[]>
        {
            [PluginKinds.Broker] = [typeof(IBrokerPlugin)],
            [PluginKinds.Data] = [typeof(IHistoricalDataPlugin), typeof(ILiveDataPlugin)],
            [PluginKinds.Risk] = [typeof(IPreTradeRiskCheck), typeof(IPostTradeRiskMonitor)],
            [PluginKinds.Analytics] = [typeof(IAnalyticsPlugin)],
        };
        foreach (var (kind, interfaces) in kindInterfaces.Where(k => Manifest.Kinds.HasFlag(k.Key)))
            Assert.Contains(entries, e => interfaces.Any(i => i.IsAssignableFrom(e)));
    }
}
