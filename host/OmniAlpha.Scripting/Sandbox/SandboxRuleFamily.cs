namespace OmniAlpha.Scripting.Sandbox;

/// <summary>
/// A family of capabilities a strategy script may not use, with the error code every rule of the family reports.
/// </summary>
/// <param name="Code">The diagnostic id, e.g. <c>OA0101</c>.</param>
/// <param name="Description">What the family is, as it reads in a diagnostic, e.g. <c>file system access</c>.</param>
public sealed record SandboxRuleFamily(string Code, string Description);
