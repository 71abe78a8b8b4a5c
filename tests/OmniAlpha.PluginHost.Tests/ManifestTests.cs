using OmniAlpha.PluginHost.Manifest;
using OmniAlpha.PluginHost.Tests.Support;
using OmniAlpha.Sdk;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.PluginHost.Tests;

/// <summary>
/// The manifest is the union of [assembly: OmniAlphaPlugin] and plugin.json: a field either gives is taken, a field both
/// give must agree; a bad plugin.json is reported naming the file and the problem.
/// </summary>
public sealed class ManifestTests : IDisposable
{
    private readonly TestPluginFolder _plugins = new();

    [Fact]
    public void The_attribute_alone_is_a_manifest_and_records_the_sdk_the_plugin_was_compiled_against()
    {
        string folder = _plugins.Add("flaky-data");
        var manifest = PluginManifestReader.Read(folder);
        Assert.Equal("flaky-data", manifest.Id);
        Assert.Equal("Flaky data test plugin", manifest.Name);
        Assert.Equal("1.0.0", manifest.Version);
        Assert.Equal(PluginKinds.Data, manifest.Kinds);
        Assert.Equal(SdkVersion.Current, manifest.SdkVersion);   // the attribute's default, baked in at compile time
        Assert.Equal(Path.Combine(folder, "flaky-data.dll"), manifest.AssemblyPath);
    }

    [Fact]
    public void Plugin_json_adds_fields_the_attribute_leaves_out()
    {
        string folder = _plugins.Add("flaky-data");
        File.WriteAllText(Path.Combine(folder, "plugin.json"), """{ "entryTypes": ["TestPlugins.FlakyData.FlakyDataPlugin"], "name": "Flaky data test plugin" }""");
        Assert.Equal(["TestPlugins.FlakyData.FlakyDataPlugin"], PluginManifestReader.Read(folder).EntryTypes);
    }

    [Fact]
    public void Plugin_json_may_name_the_assembly_when_it_is_not_id_dll()
    {
        string folder = _plugins.Add("flaky-data");
        File.Move(Path.Combine(folder, "flaky-data.dll"), Path.Combine(folder, "Acme.Flaky.dll"));
        File.WriteAllText(Path.Combine(folder, "plugin.json"), """{ "assembly": "Acme.Flaky.dll" }""");
        Assert.Equal(Path.Combine(folder, "Acme.Flaky.dll"), PluginManifestReader.Read(folder).AssemblyPath);
    }

    [Theory]
    [InlineData("""{ "id": "flaky-data", "version": "1.0.0" """, "invalid plugin.json")]
    [InlineData("""{ "id": "flaky-data", "verison": "1.0.0" }""", "verison")]
    [InlineData("""{ "version": "1.1.0" }""", "version '1.1.0' disagrees with flaky-data.dll [assembly: OmniAlphaPlugin] '1.0.0'")]
    [InlineData("""{ "sdkVersion": "one" }""", "sdkVersion: 'one' is not a version")]
    [InlineData("""{ "kinds": ["data", "magic"] }""", "kinds: 'magic' is not a plugin kind")]
    [InlineData("""{ "kinds": ["broker"] }""", "kinds 'Broker' disagrees")]
    [InlineData("""{ "id": "flaky" }""", "id 'flaky' disagrees")]
    [InlineData("""{ "assembly": "../escape.dll" }""", "must be a file name inside the plugin folder")]
    public void A_bad_plugin_json_is_refused_naming_the_file_and_the_problem(string json, string expected)
    {
        string folder = _plugins.Add("flaky-data");
        File.WriteAllText(Path.Combine(folder, "plugin.json"), json);
        var error = Assert.Throws<PluginManifestException>(() => PluginManifestReader.Read(folder));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        if (!expected.Contains("inside", StringComparison.Ordinal)) Assert.Contains("plugin.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_folder_must_be_named_after_the_id()
    {
        string folder = _plugins.Add("flaky-data", "flaky");
        File.Move(Path.Combine(folder, "flaky-data.dll"), Path.Combine(folder, "flaky.dll"));
        var error = Assert.Throws<PluginManifestException>(() => PluginManifestReader.Read(folder));
        Assert.Contains("the folder of plugin 'flaky-data' must be named 'flaky-data', not 'flaky'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dll_without_attribute_or_plugin_json_is_not_a_plugin()
    {
        string folder = Path.Combine(_plugins.Path, "omnialpha-sdk");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(TestPluginFolder.Built, "flaky-data", "OmniAlpha.Sdk.dll"), Path.Combine(folder, "omnialpha-sdk.dll"));
        var error = Assert.Throws<PluginManifestException>(() => PluginManifestReader.Read(folder));
        Assert.Contains("not an OmniAlpha plugin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_dll_is_reported_as_incomplete_before_anything_loads_it()
    {
        string folder = _plugins.Add("flaky-data");
        string dll = Path.Combine(folder, "flaky-data.dll");
        byte[] bytes = File.ReadAllBytes(dll);
        File.WriteAllBytes(dll, bytes[..(bytes.Length / 2)]);
        var error = Assert.Throws<PluginManifestException>(() => PluginManifestReader.Read(folder));
        Assert.Contains("not a complete .NET assembly", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _plugins.Dispose();
}
