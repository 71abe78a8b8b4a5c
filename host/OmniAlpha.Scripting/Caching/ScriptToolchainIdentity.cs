using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using OmniAlpha.Sdk;

namespace OmniAlpha.Scripting.Caching;

/// <summary>
/// Everything besides a script's source that decides the bytes <see cref="StrategyCompiler"/> emits for it: the SDK
/// version, the Roslyn version, the scripting assembly (its sandbox rules, budget injector, global usings and
/// compilation options), and the identity (name, version, module version id) of every referenced assembly. Part of
/// every <see cref="StrategyCompileCache"/> key, so a cached strategy is never loaded against an SDK, framework or
/// compiler it was not compiled for.
/// </summary>
/// <remarks>
/// Assemblies are built deterministically, so a module version id is a hash of the assembly's content: a rebuilt SDK
/// with the same version number but a changed API still gets a new identity.
/// </remarks>
public sealed class ScriptToolchainIdentity
{
    private static readonly Lazy<ScriptToolchainIdentity> LazyCurrent = new(Compute);

    /// <summary>Creates an identity from its text (tests and tools; the engine uses <see cref="Current"/>).</summary>
    public ScriptToolchainIdentity(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        Text = text;
    }

    /// <summary>The identity of the toolchain of this process, computed once.</summary>
    public static ScriptToolchainIdentity Current => LazyCurrent.Value;

    /// <summary>One line per component, e.g. <c>sdk OmniAlpha.Sdk 1.0.0 ...</c>; hashed into cache keys.</summary>
    public string Text { get; }

    /// <summary>The SDK's contract version (<see cref="SdkInfo.Version"/>) as recorded in <see cref="Text"/>.</summary>
    public static string SdkVersion => SdkInfo.Version;

    /// <inheritdoc />
    public override string ToString() => Text;

    private static ScriptToolchainIdentity Compute()
    {
        var text = new StringBuilder();
        text.Append("sdk ").Append(SdkInfo.Version).Append(' ').Append(InformationalVersion(typeof(SdkInfo).Assembly)).Append('\n');
        text.Append("roslyn ").Append(InformationalVersion(typeof(CSharpCompilation).Assembly)).Append('\n');
        text.Append("scripting ").Append(Describe(typeof(StrategyCompiler).Assembly)).Append('\n');
        text.Append("runtime ").Append(Environment.Version).Append('\n');
        foreach (var reference in ScriptReferences.MetadataReferences)
        {
            if (reference is Microsoft.CodeAnalysis.PortableExecutableReference { FilePath: { } path })
                text.Append("reference ").Append(DescribeFile(path)).Append('\n');
        }
        return new ScriptToolchainIdentity(text.ToString());
    }

    private static string InformationalVersion(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString() ?? "?";

    private static string Describe(Assembly assembly) =>
        $"{assembly.GetName().Name} {assembly.GetName().Version} {assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>Name, version and module version id read from the file's metadata (cheap: no hashing of the file).</summary>
    private static string DescribeFile(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var definition = metadata.GetAssemblyDefinition();
        var mvid = metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
        return $"{metadata.GetString(definition.Name)} {definition.Version} {mvid:N}";
    }
}
