namespace OmniAlpha.Scripting;

/// <summary>
/// Ids of the errors OmniAlpha reports about a script beyond the C# compiler's own (<c>CSxxxx</c>). Sandbox
/// violations use <c>OA0101</c>-<c>OA0111</c>, one per family of <see cref="Sandbox.SandboxRules"/>.
/// </summary>
public static class StrategyErrorCodes
{
    /// <summary>The assembly defines no public, concrete <c>Strategy</c> subclass.</summary>
    public const string NoStrategy = "OA0001";

    /// <summary>The assembly defines more than one; a file holds exactly one strategy.</summary>
    public const string MultipleStrategies = "OA0002";

    /// <summary>The strategy class cannot be created by the engine: it lacks a public parameterless constructor.</summary>
    public const string NoParameterlessConstructor = "OA0003";

    /// <summary>A <c>[Persist]</c> field is static or of a type that cannot be persisted (e.g. a class declared in the script).</summary>
    public const string UnsupportedPersistentField = "OA0004";
}
