namespace OmniAlpha.Scripting.Sandbox;

/// <summary>One forbidden use found by the sandbox: its family and what was used, e.g. <c>System.IO.File.ReadAllText</c>.</summary>
internal readonly record struct SandboxViolation(SandboxRuleFamily Family, string What);
