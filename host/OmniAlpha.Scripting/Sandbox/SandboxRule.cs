namespace OmniAlpha.Scripting.Sandbox;

/// <summary>One forbidden API: a namespace, type or member name and the family it belongs to.</summary>
/// <param name="Scope">What <paramref name="Name"/> matches.</param>
/// <param name="Name">
/// The dotted name without generic arity or <c>global::</c>: <c>System.IO</c>, <c>System.IO.File</c>,
/// <c>System.Delegate.DynamicInvoke</c>. Nested types are dotted too (<c>System.Environment.SpecialFolder</c>).
/// </param>
/// <param name="Family">The family whose code the rule reports.</param>
public sealed record SandboxRule(SandboxRuleScope Scope, string Name, SandboxRuleFamily Family);
