using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace OmniAlpha.Scripting.Budgets;

/// <summary>
/// Applies <see cref="BudgetInjector"/> to a validated script compilation and marks the assembly with
/// <c>[assembly: BudgetedScript]</c>, so the engine arms budgets for its strategies.
/// </summary>
internal static class BudgetInjection
{
    private const string MarkerSource = "[assembly: global::OmniAlpha.Sdk.Scripting.BudgetedScript]\n";

    /// <summary>The compilation with <paramref name="scriptTree"/> rewritten, and the rewritten text (to embed in the PDB).</summary>
    /// <param name="compilation">The validated compilation.</param>
    /// <param name="scriptTree">The script's tree in it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <param name="countDepthEverywhere">Depth accounting in every body, not only in those that can recurse (to test the rewriting itself).</param>
    public static (CSharpCompilation Compilation, SourceText Text) Apply(
        CSharpCompilation compilation, SyntaxTree scriptTree, CancellationToken cancellationToken, bool countDepthEverywhere = false)
    {
        var model = compilation.GetSemanticModel(scriptTree);
        var root = scriptTree.GetRoot(cancellationToken);
        var recursive = countDepthEverywhere ? null : RecursionAnalysis.FindRecursiveBodies(model, root, cancellationToken);
        var rewritten = new BudgetInjector(model, recursive).Visit(root);
        // Re-parsed from text, so the tree, the text embedded in the PDB and its checksum agree.
        var text = SourceText.From(rewritten.ToFullString(), Encoding.UTF8, SourceHashAlgorithm.Sha256);
        var parseOptions = (CSharpParseOptions)scriptTree.Options;
        var injectedTree = CSharpSyntaxTree.ParseText(text, parseOptions, scriptTree.FilePath, cancellationToken);
        var marker = CSharpSyntaxTree.ParseText(MarkerSource, parseOptions, cancellationToken: cancellationToken);
        return (compilation.ReplaceSyntaxTree(scriptTree, injectedTree).AddSyntaxTrees(marker), text);
    }
}
