using OmniAlpha.Host.Bench;
using OmniAlpha.Host.Cli;
using OmniAlpha.Scripting;
using OmniAlpha.Scripting.JavaScript;

namespace OmniAlpha.Host.Backtesting;

/// <summary>
/// Turns a <c>.js</c> argument into a <see cref="JavaScriptProgram"/>: the file when it exists, else a sample of the
/// same name shipped inside this executable (<c>omnialpha backtest SmaCross.js</c> works on a fresh machine).
/// JavaScript load errors are reported as <see cref="StrategyCompilationException"/>, so the CLI prints them and
/// exits 2 exactly like C# compile errors.
/// </summary>
internal static class JavaScriptStrategySource
{
    private const string ResourcePrefix = "strategies/";

    /// <summary>Names of the JavaScript samples embedded in this executable (e.g. <c>SmaCross.js</c>).</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = typeof(JavaScriptStrategySource).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".js", StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..]).Order(StringComparer.Ordinal).ToArray();

    /// <summary>True for a path ending in <c>.js</c>.</summary>
    public static bool IsJavaScript(string strategy) => strategy.EndsWith(".js", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses the file or embedded sample <paramref name="strategy"/>.</summary>
    /// <exception cref="CommandFailure">Neither a file nor an embedded sample has that name.</exception>
    /// <exception cref="StrategyCompilationException">The script has a syntax error.</exception>
    public static JavaScriptProgram Parse(string strategy)
    {
        if (File.Exists(strategy)) return Translate(() => JavaScriptProgram.Load(strategy));
        string? builtIn = BuiltInNames.FirstOrDefault(n => string.Equals(n, Path.GetFileName(strategy), StringComparison.OrdinalIgnoreCase));
        if (builtIn is null || Path.GetFileName(strategy) != strategy)
            throw new CommandFailure($"strategy file not found: {strategy} (built-in JavaScript samples: {string.Join(", ", BuiltInNames)})");
        string source = BenchSuite.EmbeddedSource(ResourcePrefix + builtIn);
        return Translate(() => JavaScriptProgram.Parse(builtIn, source));
    }

    /// <summary>Loads <paramref name="program"/> into a strategy (runs its top level).</summary>
    /// <exception cref="StrategyCompilationException">The top level failed or no callback is defined.</exception>
    public static JavaScriptStrategy Create(JavaScriptProgram program) => Translate(() => new JavaScriptStrategy(program));

    private static T Translate<T>(Func<T> load)
    {
        try { return load(); }
        catch (JavaScriptCompilationException e) { throw new StrategyCompilationException(e.DisplayPath, e.Diagnostics); }
    }
}
