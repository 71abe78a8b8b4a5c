using Microsoft.CodeAnalysis;

namespace OmniAlpha.Scripting.Sandbox;

/// <summary>
/// Decides whether using a symbol breaks the sandbox: looks through aliases, reduced extension methods, array
/// element types and every generic argument, and reports <c>dynamic</c> and pointer types.
/// </summary>
internal sealed class SymbolPolicy(SandboxRuleSet rules)
{
    /// <summary>The first violation a use of <paramref name="symbol"/> commits, if any.</summary>
    public SandboxViolation? Check(ISymbol? symbol) => symbol switch
    {
        null or INamespaceSymbol => null,
        IAliasSymbol alias => Check(alias.Target),
        ITypeSymbol type => CheckType(type),
        IMethodSymbol method => CheckMethod(method),
        IPropertySymbol or IFieldSymbol or IEventSymbol => CheckMember(symbol),
        ILocalSymbol local => CheckType(local.Type),
        IParameterSymbol parameter => CheckType(parameter.Type),
        _ => null,
    };

    /// <summary>The first violation a use of <paramref name="type"/> commits, generic arguments included.</summary>
    public SandboxViolation? CheckType(ITypeSymbol? type) => type switch
    {
        null or ITypeParameterSymbol or IErrorTypeSymbol => null,
        IDynamicTypeSymbol => new SandboxViolation(SandboxRules.ReflectionAndDynamicCode, "dynamic"),
        IPointerTypeSymbol pointer => new SandboxViolation(SandboxRules.UnsafeCode, "pointer type " + pointer.ToDisplayString()),
        IFunctionPointerTypeSymbol => new SandboxViolation(SandboxRules.UnsafeCode, "function pointer " + type.ToDisplayString()),
        IArrayTypeSymbol array => CheckType(array.ElementType),
        INamedTypeSymbol named => CheckNamedType(named),
        _ => null,
    };

    /// <summary>True when the rules table explicitly allows <paramref name="member"/>.</summary>
    public bool IsAllowedMember(ISymbol member) => rules.IsAllowedMember(member.OriginalDefinition);

    /// <summary>The dotted name of <paramref name="symbol"/> as diagnostics show it.</summary>
    public static string NameOf(ISymbol symbol) => symbol switch
    {
        ITypeSymbol type => type.OriginalDefinition.ToDisplayString(SandboxRuleSet.NameFormat),
        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => "new " + NameOf(constructor.ContainingType),
        _ when symbol.ContainingType is { } owner => owner.OriginalDefinition.ToDisplayString(SandboxRuleSet.NameFormat) + "." + symbol.Name,
        _ => symbol.ToDisplayString(SandboxRuleSet.NameFormat),
    };

    private SandboxViolation? CheckMethod(IMethodSymbol method)
    {
        // An extension method called as x.M() is the reduced form; its owner is the static class that declares it.
        var declared = (method.ReducedFrom ?? method).OriginalDefinition;
        if (method.MethodKind is MethodKind.FunctionPointerSignature)
            return new SandboxViolation(SandboxRules.UnsafeCode, "function pointer call");
        var violation = CheckMember(declared);
        if (violation is not null) return violation;
        foreach (var argument in method.TypeArguments)
        {
            violation = CheckType(argument);
            if (violation is not null) return violation;
        }
        return CheckType(method.ContainingType);
    }

    private SandboxViolation? CheckMember(ISymbol member)
    {
        if (rules.IsAllowedMember(member.OriginalDefinition)) return null;
        var rule = rules.MatchMember(member.OriginalDefinition);
        if (rule is not null) return new SandboxViolation(rule.Family, NameOf(member));
        // Members of a constructed generic type (List<FileInfo>.Add) carry the type's arguments.
        return member.ContainingType is { } owner ? CheckType(owner) : null;
    }

    private SandboxViolation? CheckNamedType(INamedTypeSymbol type)
    {
        var rule = rules.MatchType(type);
        if (rule is not null) return new SandboxViolation(rule.Family, NameOf(type));
        for (var t = type; t is not null; t = t.ContainingType)
        {
            foreach (var argument in t.TypeArguments)
            {
                var violation = CheckType(argument);
                if (violation is not null) return violation;
            }
        }
        return null;
    }
}
