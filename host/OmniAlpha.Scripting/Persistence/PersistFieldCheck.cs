using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OmniAlpha.Scripting.Persistence;

/// <summary>
/// The compile-time side of <see cref="PersistableTypes"/>: every <c>[Persist]</c> field declared in a script must be an
/// instance field of a persistable type, or the script fails with <c>OA0004</c> at the field, before anything runs.
/// </summary>
internal static class PersistFieldCheck
{
    private const string PersistAttributeName = "OmniAlpha.Sdk.Strategies.PersistAttribute";

#pragma warning disable RS2008 // Not an analyzer shipped to IDEs: the descriptor only formats this host's own diagnostics.
    private static readonly DiagnosticDescriptor Descriptor = new(
        StrategyErrorCodes.UnsupportedPersistentField, "A [Persist] field cannot be persisted", "{0}",
        "OmniAlpha.Persistence", DiagnosticSeverity.Error, isEnabledByDefault: true);
#pragma warning restore RS2008

    /// <summary>One error per unsupported <c>[Persist]</c> field of <paramref name="tree"/>.</summary>
    public static IReadOnlyList<Diagnostic> Validate(Compilation compilation, SyntaxTree tree, CancellationToken cancellationToken)
    {
        var model = compilation.GetSemanticModel(tree);
        var persist = compilation.GetTypeByMetadataName(PersistAttributeName);
        var diagnostics = new List<Diagnostic>();
        if (persist is null) return diagnostics;
        foreach (var declaration in tree.GetRoot(cancellationToken).DescendantNodes().OfType<FieldDeclarationSyntax>())
        {
            if (declaration.AttributeLists.Count == 0) continue;
            foreach (var variable in declaration.Declaration.Variables)
            {
                if (model.GetDeclaredSymbol(variable, cancellationToken) is not IFieldSymbol field) continue;
                if (!field.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, persist))) continue;
                string? reason = field.IsStatic
                    ? "it is static; only instance fields are persisted"
                    : WhyNot(field.Type, compilation.Assembly, topLevel: true);
                if (reason is not null)
                    diagnostics.Add(Diagnostic.Create(Descriptor, variable.Identifier.GetLocation(),
                        $"[Persist] field '{field.Name}' of type '{field.Type.ToDisplayString()}' cannot be persisted: {reason}; {PersistableTypes.AllowedSummary}"));
            }
        }
        return diagnostics;
    }

    private static string? WhyNot(ITypeSymbol type, IAssemblySymbol script, bool topLevel)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_SByte or SpecialType.System_Byte
                or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
                or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double
                or SpecialType.System_Decimal or SpecialType.System_String or SpecialType.System_DateTime:
                return null;
        }
        bool declaredInScript = SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, script);
        if (declaredInScript)
        {
            if (type.TypeKind == TypeKind.Enum)
                return topLevel ? null : $"an enum declared in the script ({type.Name}) can only be the field's own type, not an element";
            return $"{type.Name} is declared in the script, and a script type cannot cross into the host";
        }
        if (type.TypeKind == TypeKind.Enum) return null;
        if (type is IArrayTypeSymbol array)
            return array.Rank == 1 ? WhyNot(array.ElementType, script, topLevel: false) : "multi-dimensional arrays are not supported";
        if (type is not INamedTypeSymbol named) return $"{type.ToDisplayString()} is not a supported type";
        string metadataName = MetadataName(named.OriginalDefinition);
        if (metadataName == "OmniAlpha.Sdk.Instruments.Symbol" || PersistableTypes.FrameworkValueTypes.Contains(metadataName)) return null;
        if (named.IsGenericType && (metadataName == "System.Nullable`1" || PersistableTypes.Collections.Contains(metadataName)))
        {
            foreach (var argument in named.TypeArguments)
            {
                if (WhyNot(argument, script, topLevel: false) is { } reason) return reason;
            }
            return null;
        }
        return $"{type.ToDisplayString()} is not a supported type";
    }

    private static string MetadataName(INamedTypeSymbol type)
    {
        string ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : "";
        return type.ContainingType is null ? ns + type.MetadataName : MetadataName(type.ContainingType) + "+" + type.MetadataName;
    }
}
