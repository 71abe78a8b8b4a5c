using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OmniAlpha.Scripting.Sandbox;

/// <summary>
/// Finds static state a script declares that one strategy instance could change and another observe: static
/// fields that are not <c>readonly</c> (or are readonly but of a mutable type), static auto-properties with a
/// setter, static properties backed by <c>field</c> with a setter, and static field-like events.
/// </summary>
/// <remarks>
/// A static readonly field is accepted when its type is deeply immutable by construction: strings, enums,
/// delegates, and readonly structs, tuples and nullables whose generic arguments are such types. A readonly
/// <c>List</c> or array is still shared, mutable state, so it is rejected; <c>const</c> is always fine.
/// </remarks>
internal static class StaticMutableStateCheck
{
    public static void Check(
        MemberDeclarationSyntax member, SemanticModel model, Action<SandboxViolation, Location> report,
        CancellationToken cancellationToken)
    {
        if (!member.Modifiers.Any(SyntaxKind.StaticKeyword)) return;
        switch (member)
        {
            case FieldDeclarationSyntax field when !field.Modifiers.Any(SyntaxKind.ConstKeyword):
                foreach (var variable in field.Declaration.Variables)
                {
                    if (model.GetDeclaredSymbol(variable, cancellationToken) is not IFieldSymbol symbol) continue;
                    string? what = symbol.IsReadOnly
                        ? IsImmutable(symbol.Type) ? null : $"static readonly field {SymbolPolicy.NameOf(symbol)} of mutable type {symbol.Type.ToDisplayString()}"
                        : $"static field {SymbolPolicy.NameOf(symbol)}";
                    if (what is not null) report(new SandboxViolation(SandboxRules.StaticMutableState, what), variable.Identifier.GetLocation());
                }
                break;
            case PropertyDeclarationSyntax property when HasStoredSetter(property):
                if (model.GetDeclaredSymbol(property, cancellationToken) is { } propertySymbol)
                    report(new SandboxViolation(SandboxRules.StaticMutableState, $"static property {SymbolPolicy.NameOf(propertySymbol)} with a setter"),
                        property.Identifier.GetLocation());
                break;
            case EventFieldDeclarationSyntax events:
                foreach (var variable in events.Declaration.Variables)
                {
                    if (model.GetDeclaredSymbol(variable, cancellationToken) is { } eventSymbol)
                        report(new SandboxViolation(SandboxRules.StaticMutableState, $"static event {SymbolPolicy.NameOf(eventSymbol)}"), variable.Identifier.GetLocation());
                }
                break;
        }
    }

    /// <summary>An auto-implemented (or <c>field</c>-backed) property with a <c>set</c> or <c>init</c> accessor.</summary>
    private static bool HasStoredSetter(PropertyDeclarationSyntax property)
    {
        if (property.AccessorList is not { } accessors) return false;
        bool hasSetter = accessors.Accessors.Any(a => a.Kind() is SyntaxKind.SetAccessorDeclaration or SyntaxKind.InitAccessorDeclaration);
        if (!hasSetter) return false;
        bool isAuto = accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null);
        return isAuto || property.DescendantNodes().Any(n => n.IsKind(SyntaxKind.FieldExpression));
    }

    private static bool IsImmutable(ITypeSymbol type) => type switch
    {
        { SpecialType: SpecialType.System_String } => true,
        { TypeKind: TypeKind.Enum or TypeKind.Delegate } => true,
        // A readonly field's struct cannot be changed in place; only references inside it could be shared.
        INamedTypeSymbol { IsValueType: true } named when named.IsReadOnly || named.IsTupleType || IsNullable(named) =>
            named.TypeArguments.All(IsImmutable),
        _ => false,
    };

    private static bool IsNullable(INamedTypeSymbol type) =>
        type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
}
