using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Scripting.Tests;

/// <summary>Loading precompiled strategy assemblies (<c>.dll</c>) with the same discovery rules as scripts.</summary>
public sealed class StrategyLoaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("omnialpha-loader-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_precompiled_strategy_loads_and_instantiates()
    {
        string path = Emit("Momentum", """
            using OmniAlpha.Sdk.Strategies;
            namespace Plugins;
            public sealed class Momentum : Strategy { }
            """);

        using var loaded = StrategyLoader.LoadAssembly(path);

        Assert.Equal("Plugins.Momentum", loaded.StrategyType.FullName);
        Assert.IsAssignableFrom<Strategy>(loaded.CreateInstance());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), loaded.SourceHash);
        Assert.Empty(loaded.Warnings);
    }

    [Fact]
    public void The_sdk_is_shared_with_the_host_even_when_a_copy_ships_beside_the_strategy()
    {
        string path = Emit("Shared", "public sealed class Shared : OmniAlpha.Sdk.Strategies.Strategy { }");
        File.Copy(typeof(Strategy).Assembly.Location, Path.Combine(_directory, "OmniAlpha.Sdk.dll"));

        using var loaded = StrategyLoader.LoadAssembly(path);

        Assert.Same(typeof(Strategy), loaded.StrategyType.BaseType);
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(loaded.StrategyType.BaseType!.Assembly));
    }

    [Fact]
    public void A_private_dependency_beside_the_strategy_loads_into_the_strategy_context()
    {
        var helper = EmitReference("PrivateHelpers", "namespace Helpers; public static class Sizing { public static decimal Half(decimal x) => x / 2m; }");
        string path = Emit("UsesHelper", """
            public sealed class UsesHelper : OmniAlpha.Sdk.Strategies.Strategy
            {
                public override string Name => "half=" + Helpers.Sizing.Half(3m);
            }
            """, helper);

        using var loaded = StrategyLoader.LoadAssembly(path);

        Assert.Equal("half=1.5", loaded.CreateInstance().Name);
        Assert.Contains(loaded.LoadContext.Assemblies, a => a.GetName().Name == "PrivateHelpers");
    }

    [Fact]
    public void A_precompiled_assembly_without_a_strategy_is_rejected_naming_the_file()
    {
        string path = Emit("Empty", "public sealed class NotAStrategy { }");

        var error = Assert.Throws<StrategyCompilationException>(() => StrategyLoader.LoadAssembly(path));

        Assert.Equal([$"{path}: error OA0001: no public Strategy subclass found"], error.Diagnostics);
    }

    [Fact]
    public void A_missing_file_throws_FileNotFoundException()
    {
        Assert.Throws<FileNotFoundException>(() => StrategyLoader.LoadAssembly(Path.Combine(_directory, "Missing.dll")));
    }

    private string Emit(string assemblyName, string source, MetadataReference? extraReference = null)
    {
        string path = Path.Combine(_directory, assemblyName + ".dll");
        var result = CreateCompilation(assemblyName, source, extraReference).Emit(path);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return path;
    }

    private MetadataReference EmitReference(string assemblyName, string source) =>
        MetadataReference.CreateFromFile(Emit(assemblyName, source));

    private static CSharpCompilation CreateCompilation(string assemblyName, string source, MetadataReference? extraReference)
    {
        var references = ScriptReferences.MetadataReferences.ToList();
        if (extraReference is not null) references.Add(extraReference);
        return CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source, StrategyCompiler.ParseOptions)],
            references,
            StrategyCompiler.CompilationOptions);
    }
}
