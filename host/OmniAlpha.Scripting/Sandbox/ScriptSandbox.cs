using Microsoft.CodeAnalysis;

namespace OmniAlpha.Scripting.Sandbox;

/// <summary>
/// Validates a compiled (not yet emitted) strategy script against <see cref="SandboxRules"/>: every forbidden
/// API use or language feature becomes an error diagnostic <c>OA01xx: &lt;what&gt; is not allowed in a strategy</c>.
/// </summary>
/// <remarks>
/// The check is a static analysis of the semantic model and complements the reference allow-list of
/// <see cref="ScriptReferences"/>: it still holds if the allow-list grows. In-process C# is never a hard
/// security boundary; this is the <c>guarded</c> level's first line, not an isolation mechanism.
/// Instances are stateless and thread-safe.
/// </remarks>
public sealed class ScriptSandbox
{
    private const string Category = "OmniAlpha.Sandbox";

    private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors =
        SandboxRules.Families.ToDictionary(
            family => family.Code,
            family => new DiagnosticDescriptor(
                family.Code, family.Description + " is not allowed in a strategy", "{0} is not allowed in a strategy",
                Category, DiagnosticSeverity.Error, isEnabledByDefault: true));

    private readonly SymbolPolicy _policy = new(SandboxRuleSet.Default);

    /// <summary>The sandbox with the rules of <see cref="SandboxRules"/>.</summary>
    public static ScriptSandbox Default { get; } = new();

    /// <summary>Returns one error per violation in the source files of <paramref name="compilation"/>, in source order.</summary>
    /// <remarks>Call it on a compilation without errors: symbols of code that does not bind cannot be judged.</remarks>
    public IReadOnlyList<Diagnostic> Validate(Compilation compilation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        var diagnostics = new List<Diagnostic>();
        var seen = new HashSet<(SyntaxTree?, int, string)>();
        void Report(SandboxViolation violation, Location location)
        {
            // One error per family and position: a declaration and its type can both match at one place.
            if (seen.Add((location.SourceTree, location.SourceSpan.Start, violation.Family.Code)))
                diagnostics.Add(Diagnostic.Create(Descriptors[violation.Family.Code], location, Describe(violation)));
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            var walker = new SandboxSyntaxWalker(compilation.GetSemanticModel(tree), _policy, Report, cancellationToken);
            walker.Visit(tree.GetRoot(cancellationToken));
        }
        return diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToArray();
    }

    private static string Describe(SandboxViolation violation) => $"{violation.Family.Description} ({violation.What})";
}
