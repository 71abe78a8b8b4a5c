namespace OmniAlpha.Scripting.Sandbox;

/// <summary>What the name of a <see cref="SandboxRule"/> matches.</summary>
public enum SandboxRuleScope
{
    /// <summary>Every type of a namespace and of its nested namespaces, e.g. <c>System.Net</c>.</summary>
    Namespace,

    /// <summary>One type, its members and its nested types, e.g. <c>System.IO.File</c>.</summary>
    Type,

    /// <summary>Every member of one type but not the type itself, e.g. <c>System.Type</c> (a <c>typeof</c> stays legal).</summary>
    MembersOf,

    /// <summary>One member (all its overloads), e.g. <c>System.Delegate.DynamicInvoke</c>.</summary>
    Member,
}
