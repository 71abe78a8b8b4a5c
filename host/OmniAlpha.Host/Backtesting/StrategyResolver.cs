using System.Reflection;
using Microsoft.Extensions.Logging;
using OmniAlpha.Host.Cli;
using OmniAlpha.Scripting;
using OmniAlpha.Sdk.Scripting;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Host.Backtesting;

/// <summary>
/// Turns the strategy argument into a running instance: a <c>.cs</c> file is compiled at runtime with Roslyn
/// into a collectible load context at the requested <see cref="IsolationLevel"/> (guarded: sandboxed, with budget
/// checks; trusted: neither; isolated: in its own <c>omnialpha-worker</c> process); a <c>.js</c> file (or embedded
/// JavaScript sample) runs in a Jint engine; a <c>.dll</c> is loaded precompiled; a bare name picks a built-in sample.
/// </summary>
internal sealed class StrategyResolver(StrategyCompiler compiler, ILogger<StrategyResolver> logger)
{
    private static readonly StrategyCompiler TrustedCompiler = new(new StrategyCompilerOptions { Sandboxed = false });

    /// <summary>Names of the samples compiled into this executable.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = BuiltInTypes().Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Resolves <paramref name="strategy"/> at <paramref name="isolation"/>; dispose the returned handle to unload a compiled script.</summary>
    /// <exception cref="CommandFailure">The strategy is not found, or its worker cannot be started.</exception>
    public LoadedStrategy Resolve(string strategy, IsolationLevel isolation = IsolationLevel.Guarded, ScriptBudgetLimits? budgets = null)
    {
        if (isolation == IsolationLevel.Isolated) return IsolatedStrategyLoader.Load(strategy, budgets, logger);
        if (strategy.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(strategy)) throw new CommandFailure($"strategy file not found: {strategy}");
            var compiled = (isolation == IsolationLevel.Trusted ? TrustedCompiler : compiler).Compile(strategy);
            foreach (var warning in compiled.Warnings) logger.LogWarning("{Warning}", warning);
            return new LoadedStrategy(compiled.CreateInstance(), compiled);
        }
        if (JavaScriptStrategySource.IsJavaScript(strategy))
        {
            var script = JavaScriptStrategySource.Create(JavaScriptStrategySource.Parse(strategy));
            return new LoadedStrategy(script, script);
        }
        if (strategy.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(strategy)) throw new CommandFailure($"strategy assembly not found: {strategy}");
            var loaded = StrategyLoader.LoadAssembly(Path.GetFullPath(strategy));
            return new LoadedStrategy(loaded.CreateInstance(), loaded);
        }
        var type = BuiltInTypes().FirstOrDefault(t => string.Equals(t.Name, strategy, StringComparison.OrdinalIgnoreCase))
            ?? throw new CommandFailure($"'{strategy}' is neither a .cs/.js/.dll file nor a built-in strategy ({string.Join(", ", BuiltInNames.Concat(JavaScriptStrategySource.BuiltInNames))})");
        return new LoadedStrategy((Strategy)Activator.CreateInstance(type)!, null);
    }

    /// <summary>Creates a built-in (precompiled) sample by name.</summary>
    public static Strategy CreateBuiltIn(string name) =>
        (Strategy)Activator.CreateInstance(BuiltInTypes().First(t => t.Name == name))!;

    private static IEnumerable<Type> BuiltInTypes() =>
        typeof(StrategyResolver).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Strategy)) && !t.IsAbstract && t.IsPublic);
}
