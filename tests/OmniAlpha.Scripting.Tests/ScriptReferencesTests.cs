using System.Reflection;
using Microsoft.CodeAnalysis;

namespace OmniAlpha.Scripting.Tests;

public sealed class ScriptReferencesTests
{
    [Fact]
    public void Every_listed_framework_assembly_is_resolved_from_the_running_framework()
    {
        var referenced = ScriptReferences.MetadataReferences
            .OfType<PortableExecutableReference>()
            .Select(r => Path.GetFileNameWithoutExtension(r.FilePath))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(ScriptReferences.FrameworkAssemblyNames, name => Assert.Contains(name, referenced));
    }

    [Fact]
    public void The_sdk_indicators_and_logging_abstractions_are_referenced_and_shared()
    {
        string[] shared = ["OmniAlpha.Sdk", "OmniAlpha.Indicators", "Microsoft.Extensions.Logging.Abstractions"];

        Assert.Equal(shared, ScriptReferences.SharedAssemblies.Select(a => a.GetName().Name));
        Assert.All(shared, name => Assert.True(ScriptReferences.IsShared(new AssemblyName(name))));
        Assert.Equal(ScriptReferences.FrameworkAssemblyNames.Count + shared.Length, ScriptReferences.MetadataReferences.Count);
    }

    [Fact]
    public void Nothing_else_is_shared()
    {
        Assert.False(ScriptReferences.IsShared(new AssemblyName("System.Net.Http")));
        Assert.False(ScriptReferences.IsShared(new AssemblyName("OmniAlpha.Scripting")));
    }
}
