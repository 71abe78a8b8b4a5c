using OmniAlpha.Host.Backtesting;
using OmniAlpha.Host.Bench;

namespace OmniAlpha.Host.Serving;

/// <summary>
/// Reads the text of a configured strategy script: a <c>.cs</c> or <c>.js</c> file (relative to the configuration file),
/// else a sample of that name shipped inside the executable (<c>SmaCross.cs</c>, <c>RsiReversion.js</c>...).
/// </summary>
internal static class ServeScriptSource
{
    private const string ResourcePrefix = "strategies/";

    /// <summary>File names of the samples shipped inside the executable.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = typeof(ServeScriptSource).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..]).Order(StringComparer.Ordinal).ToArray();

    /// <summary>True for a <c>.cs</c> or <c>.js</c> name.</summary>
    public static bool IsScript(string script) =>
        script.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || JavaScriptStrategySource.IsJavaScript(script);

    /// <summary>Why <paramref name="script"/> cannot be read, or null when it can.</summary>
    public static string? WhyNot(string script, ServeLocations locations)
    {
        if (!IsScript(script)) return $"'{script}' is not a .cs or .js script";
        if (File.Exists(locations.Resolve(script)) || BuiltInName(script) is not null) return null;
        return $"script file not found: {locations.Resolve(script)} (samples shipped inside omnialpha: {string.Join(", ", BuiltInNames)})";
    }

    /// <summary>The script's file name (for diagnostics) and text.</summary>
    /// <exception cref="FileNotFoundException">Neither a file nor a shipped sample.</exception>
    public static (string FileName, string Source) Read(string script, ServeLocations locations)
    {
        string path = locations.Resolve(script);
        if (File.Exists(path)) return (Path.GetFileName(path), File.ReadAllText(path));
        string builtIn = BuiltInName(script) ?? throw new FileNotFoundException(WhyNot(script, locations), path);
        return (builtIn, BenchSuite.EmbeddedSource(ResourcePrefix + builtIn));
    }

    private static string? BuiltInName(string script) => Path.GetFileName(script) != script
        ? null
        : BuiltInNames.FirstOrDefault(n => string.Equals(n, script, StringComparison.OrdinalIgnoreCase));
}
