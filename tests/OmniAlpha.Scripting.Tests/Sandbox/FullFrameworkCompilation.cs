using System.Globalization;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OmniAlpha.Scripting.Sandbox;

namespace OmniAlpha.Scripting.Tests.Sandbox;

/// <summary>
/// Compiles a script against the whole .NET 10 reference set (not the narrow runtime allow-list) with unsafe code
/// enabled, then runs the sandbox. This proves the sandbox itself rejects each API, independently of whether
/// the allow-list already hides it.
/// </summary>
internal static class FullFrameworkCompilation
{
    private static readonly IReadOnlyList<MetadataReference> References =
    [
        .. Net100.References.All,
        .. ScriptReferences.SharedAssemblies.Select(a => MetadataReference.CreateFromFile(a.Location)),
    ];

    /// <summary>The sandbox's errors as <c>file(line,col): error OA01xx: message</c> lines; fails on a compile error.</summary>
    public static IReadOnlyList<string> SandboxErrors(string path, string source)
    {
        var compilation = CSharpCompilation.Create(
            "Hostile",
            [
                CSharpSyntaxTree.ParseText(source, StrategyCompiler.ParseOptions, path),
                ScriptGlobalUsings.CreateSyntaxTree(StrategyCompiler.ParseOptions),
            ],
            References,
            StrategyCompiler.CompilationOptions.WithAllowUnsafe(true));
        var compileErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(compileErrors.Length == 0, "the script must be valid C#: " + string.Join("; ", compileErrors.Select(d => d.ToString())));

        return ScriptSandbox.Default.Validate(compilation).Select(Format).ToArray();
    }

    private static string Format(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return string.Create(CultureInfo.InvariantCulture,
            $"{diagnostic.Location.SourceTree!.FilePath}({start.Line + 1},{start.Character + 1}): error {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
    }
}
