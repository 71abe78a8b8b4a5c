using Microsoft.CodeAnalysis;

namespace OmniAlpha.Scripting.Sandbox;

/// <summary>
/// <see cref="SandboxRules"/> indexed for lookup: finds the rule a type or member symbol breaks, applying the
/// most-specific-entry-wins order the table documents.
/// </summary>
internal sealed class SandboxRuleSet
{
    // Dotted names without generic arity, nested types dotted: matches the names the table is written in.
    internal static readonly SymbolDisplayFormat NameFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.None);

    private readonly Dictionary<string, SandboxRule> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SandboxRule> _membersOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SandboxRule> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SandboxRule> _namespaces = new(StringComparer.Ordinal);
    private readonly HashSet<string> _allowed;

    public SandboxRuleSet(IEnumerable<SandboxRule> forbidden, IEnumerable<string> allowed)
    {
        foreach (var rule in forbidden)
        {
            var index = rule.Scope switch
            {
                SandboxRuleScope.Member => _members,
                SandboxRuleScope.MembersOf => _membersOf,
                SandboxRuleScope.Type => _types,
                _ => _namespaces,
            };
            index.Add(rule.Name, rule);
        }
        _allowed = new HashSet<string>(allowed, StringComparer.Ordinal);
    }

    /// <summary>The rules of <see cref="SandboxRules"/>.</summary>
    public static SandboxRuleSet Default { get; } = new(SandboxRules.Forbidden, SandboxRules.Allowed);

    /// <summary>True when the table explicitly allows <paramref name="member"/>, whatever its type or namespace.</summary>
    public bool IsAllowedMember(ISymbol member) =>
        member.ContainingType is { } type && _allowed.Contains(type.OriginalDefinition.ToDisplayString(NameFormat) + "." + member.Name);

    /// <summary>The rule a use of <paramref name="member"/> (method, property, field or event) breaks, if any.</summary>
    public SandboxRule? MatchMember(ISymbol member)
    {
        var type = member.ContainingType;
        if (type is null) return null;
        string typeName = type.OriginalDefinition.ToDisplayString(NameFormat);
        string memberName = typeName + "." + member.Name;
        if (_allowed.Contains(memberName)) return null;
        if (_members.TryGetValue(memberName, out var rule)) return rule;
        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (_membersOf.TryGetValue(t.OriginalDefinition.ToDisplayString(NameFormat), out rule)) return rule;
        }
        return MatchType(type);
    }

    /// <summary>The rule a use of <paramref name="type"/> (a named type, not its type arguments) breaks, if any.</summary>
    public SandboxRule? MatchType(INamedTypeSymbol type)
    {
        // The innermost enclosing type that the table names decides; then the namespace.
        for (var t = type; t is not null; t = t.ContainingType)
        {
            string name = t.OriginalDefinition.ToDisplayString(NameFormat);
            if (_allowed.Contains(name)) return null;
            if (_types.TryGetValue(name, out var rule)) return rule;
        }
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (_namespaces.TryGetValue(ns.ToDisplayString(), out var rule)) return rule;
        }
        return null;
    }
}
