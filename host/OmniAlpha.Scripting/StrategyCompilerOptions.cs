using OmniAlpha.Scripting.Caching;

namespace OmniAlpha.Scripting;

/// <summary>How <see cref="StrategyCompiler"/> treats the scripts it compiles.</summary>
public sealed record StrategyCompilerOptions
{
    /// <summary>The default: every script is validated by the sandbox.</summary>
    public static StrategyCompilerOptions Default { get; } = new();

    /// <summary>
    /// Whether scripts are validated by <see cref="Sandbox.ScriptSandbox"/> before they are emitted and get injected
    /// CPU, allocation and call-depth budget checks (default true: the <c>guarded</c> level).
    /// Only a <c>trusted</c> strategy, whose author is the operator, may switch it off.
    /// </summary>
    public bool Sandboxed { get; init; } = true;

    /// <summary>
    /// Where compiled images are cached (null, the default: every compile compiles). With a cache, compiling an
    /// unchanged script again loads its cached image; the key covers the source, the display path,
    /// <see cref="Sandboxed"/> and the <see cref="Toolchain"/>.
    /// </summary>
    public StrategyCompileCache? Cache { get; init; }

    /// <summary>The toolchain identity cache keys are computed with (null: <see cref="ScriptToolchainIdentity.Current"/>).</summary>
    public ScriptToolchainIdentity? Toolchain { get; init; }
}
