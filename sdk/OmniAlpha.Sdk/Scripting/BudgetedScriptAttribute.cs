namespace OmniAlpha.Sdk.Scripting;

/// <summary>
/// Marks an assembly whose code carries injected <see cref="ScriptBudget"/> checks; the engine arms budgets only
/// for strategies from such assemblies. Added by the script compiler, never by hand (the sandbox forbids it).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class BudgetedScriptAttribute : Attribute;
