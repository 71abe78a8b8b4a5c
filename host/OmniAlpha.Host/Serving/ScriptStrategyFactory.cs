using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Scripting;
using OmniAlpha.Scripting.JavaScript;
using OmniAlpha.Scripting.Persistence;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Host.Serving;

/// <summary>
/// The live engine's <see cref="IStrategyFactory"/>: a C# script version is compiled in the sandbox (with budget checks)
/// through the compile cache, a JavaScript one is loaded into its own locked-down Jint engine. Compile and load errors
/// become one <see cref="StrategyScriptException"/> listing the file:line:col diagnostics. A compiled assembly is shared
/// by every strategy running the same source and kept loaded for the life of the service (a script version is small and
/// the set of versions grows only with uploads).
/// </summary>
internal sealed class ScriptStrategyFactory(StrategyCompiler compiler, ILogger<ScriptStrategyFactory> logger) : IStrategyFactory
{
    /// <summary><see cref="ScriptVersionRecord.Language"/> of a C# script.</summary>
    public const string CSharp = "csharp";

    /// <summary><see cref="ScriptVersionRecord.Language"/> of a JavaScript script.</summary>
    public const string JavaScript = "javascript";

    private readonly ConcurrentDictionary<string, CompiledStrategy> _compiled = new(StringComparer.Ordinal);

    /// <summary>The language of a script file name (<c>.cs</c>, <c>.js</c>).</summary>
    /// <exception cref="StrategyScriptException">Neither.</exception>
    public static string LanguageOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".cs" => CSharp,
        ".js" => JavaScript,
        _ => throw new StrategyScriptException($"{fileName}: not a strategy script (.cs or .js)"),
    };

    /// <inheritdoc />
    public Strategy Create(ScriptVersionRecord version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.Language switch
        {
            CSharp => CreateCSharp(version),
            JavaScript => CreateJavaScript(version),
            _ => throw new StrategyScriptException($"{version.FileName}: unknown script language '{version.Language}' ({CSharp} | {JavaScript})"),
        };
    }

    /// <inheritdoc />
    public Action<Strategy, Strategy>? StateTransfer(ScriptVersionRecord version) =>
        version.Language == CSharp ? (from, to) => PersistentState.Transfer(from, to) : null;

    private Strategy CreateCSharp(ScriptVersionRecord version)
    {
        CompiledStrategy compiled;
        try
        {
            compiled = _compiled.GetOrAdd(version.SourceHash + "|" + version.FileName, _ => Compile(version));
        }
        catch (StrategyCompilationException e)
        {
            throw new StrategyScriptException(e.Message, e);
        }
        try
        {
            return compiled.CreateInstance();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new StrategyScriptException($"{version.FileName}: the strategy's constructor threw {e.GetType().Name}: {e.Message}", e);
        }
    }

    private CompiledStrategy Compile(ScriptVersionRecord version)
    {
        var compiled = compiler.Compile(version.FileName, version.Source);
        foreach (string warning in compiled.Warnings) logger.LogWarning("{Strategy}: {Warning}", version.StrategyId, warning);
        logger.LogInformation("{Strategy}: compiled {File} v{Version} ({Hash}{Cached})", version.StrategyId, version.FileName,
            version.Version, compiled.ShortHash, compiled.FromCache ? ", from cache" : "");
        return compiled;
    }

    private static JavaScriptStrategy CreateJavaScript(ScriptVersionRecord version)
    {
        try
        {
            return new JavaScriptStrategy(JavaScriptProgram.Parse(version.FileName, version.Source));
        }
        catch (JavaScriptCompilationException e)
        {
            throw new StrategyScriptException(string.Join(Environment.NewLine, e.Diagnostics), e);
        }
    }
}
