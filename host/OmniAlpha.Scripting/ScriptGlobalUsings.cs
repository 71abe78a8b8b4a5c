using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OmniAlpha.Scripting;

/// <summary>
/// The namespaces every script sees without writing a <c>using</c>, added to each compilation as a synthetic
/// file of <c>global using</c> directives so a strategy file can stay terse.
/// </summary>
public static class ScriptGlobalUsings
{
    /// <summary>Path of the synthetic file in diagnostics and debug information.</summary>
    public const string SyntheticPath = "OmniAlpha.GlobalUsings.g.cs";

    /// <summary>The implicitly imported namespaces.</summary>
    public static IReadOnlyList<string> Namespaces { get; } =
    [
        "System",
        "System.Collections.Generic",
        "System.Linq",
        "OmniAlpha.Sdk.Instruments",
        "OmniAlpha.Sdk.Market",
        "OmniAlpha.Sdk.Market.Consolidation",
        "OmniAlpha.Sdk.Orders",
        "OmniAlpha.Sdk.Portfolio",
        "OmniAlpha.Sdk.Strategies",
        "OmniAlpha.Indicators",
        "OmniAlpha.Indicators.Patterns",
        "OmniAlpha.Indicators.Composition",
    ];

    /// <summary>The source text of the synthetic file.</summary>
    public static string SourceText { get; } =
        string.Concat(Namespaces.Select(ns => $"global using global::{ns};\n"));

    /// <summary>Parses the synthetic file with <paramref name="options"/>.</summary>
    /// <remarks>The text carries an encoding because the compiler emits debug information for every file.</remarks>
    public static SyntaxTree CreateSyntaxTree(CSharpParseOptions options) =>
        CSharpSyntaxTree.ParseText(Microsoft.CodeAnalysis.Text.SourceText.From(SourceText, Encoding.UTF8), options, SyntheticPath);
}
