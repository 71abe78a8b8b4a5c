using System.IO.Compression;
using System.Text.Json;
using OmniAlpha.Sdk;
using OmniAlpha.Templates.Tests.Support;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Templates.Tests;

/// <summary>The packages a user installs: OmniAlpha.Sdk, OmniAlpha.Indicators and the template package.</summary>
[Collection(TemplateWorkspaceCollection.Name)]
public sealed class TemplatePackageTests(TemplateWorkspace workspace)
{
    private static IEnumerable<string> TemplateFiles =>
        Directory.EnumerateDirectories(Path.Combine(SharedData.RepositoryRoot, "templates", "content"))
            .Select(folder => Path.Combine(folder, ".template.config", "template.json"));

    [Fact]
    public void The_template_package_installs_the_strategy_plugin_and_host_templates()
    {
        var list = workspace.New("list", "omnialpha").ShouldSucceed();

        Assert.Contains("omnialpha-strategy", list.Stdout);
        Assert.Contains("omnialpha-plugin", list.Stdout);
        Assert.Contains("omnialpha-host", list.Stdout);
    }

    [Fact]
    public void Templates_reference_the_sdk_version_this_repository_builds_by_default()
    {
        var versions = TemplateFiles
            .Select(path => JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("symbols"))
            .Where(symbols => symbols.TryGetProperty("sdkVersion", out _))
            .Select(symbols => symbols.GetProperty("sdkVersion").GetProperty("defaultValue").GetString())
            .ToList();

        Assert.Equal(2, versions.Count); // strategy and plugin
        Assert.All(versions, v => Assert.Equal(SdkInfo.Version, v));
        // The strategy template takes OmniAlpha.Indicators at the same version.
        Assert.Equal(SdkInfo.Version, typeof(OmniAlpha.Indicators.SimpleMovingAverage).Assembly.GetName().Version?.ToString(3));
    }

    [Theory]
    [InlineData("OmniAlpha.Sdk")]
    [InlineData("OmniAlpha.Indicators")]
    public void The_packed_libraries_carry_their_xml_documentation(string id)
    {
        using var package = ZipFile.OpenRead(Path.Combine(workspace.Feed, $"{id}.{workspace.PackageVersion}.nupkg"));

        Assert.Contains(package.Entries, e => e.FullName == $"lib/net10.0/{id}.dll");
        Assert.Contains(package.Entries, e => e.FullName == $"lib/net10.0/{id}.xml");
    }

    [Fact]
    public void Generated_projects_have_no_path_back_into_this_repository()
    {
        var offenders = Directory.EnumerateFiles(workspace.Generated, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => File.ReadAllText(f).Contains(SharedData.RepositoryRoot, StringComparison.Ordinal))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void An_unknown_plugin_kind_is_refused()
    {
        var run = workspace.New("omnialpha-plugin", "-n", "Nope", "-o", Path.Combine(workspace.Root, "nope"), "--kind", "telepathy", "--no-update-check");

        Assert.NotEqual(0, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(workspace.Root, "nope")));
    }
}
