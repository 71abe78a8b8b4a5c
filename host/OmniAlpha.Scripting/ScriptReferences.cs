using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.Extensions.Logging;
using OmniAlpha.Indicators;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Scripting;

/// <summary>
/// The allow-list of assemblies a strategy script compiles against, kept as data in this one place so the
/// compiler, the load context and (later) the sandbox agree on it. Anything not listed here is invisible to a
/// script at compile time.
/// </summary>
public static class ScriptReferences
{
    /// <summary>
    /// Framework assemblies (simple names) a strategy legitimately needs: the core library and its
    /// <c>System.Runtime</c> facade, collections, LINQ, numerics and spans. Resolved from the running
    /// framework; a name the framework does not ship is skipped.
    /// </summary>
    public static IReadOnlyList<string> FrameworkAssemblyNames { get; } =
    [
        "System.Private.CoreLib",
        "System.Runtime",
        "System.Collections",
        "System.Linq",
        "System.Runtime.Numerics",
        "System.Memory",
    ];

    /// <summary>
    /// Host assemblies a script compiles against whose types it shares with the host: a script's
    /// <see cref="Strategy"/> must be the host's <see cref="Strategy"/>, so these always load from the default
    /// context, never a second copy.
    /// </summary>
    public static IReadOnlyList<Assembly> SharedAssemblies { get; } =
    [
        typeof(Strategy).Assembly,
        typeof(IIndicator).Assembly,
        typeof(ILogger).Assembly,
    ];

    private static readonly HashSet<string> SharedNames =
        new(SharedAssemblies.Select(a => a.GetName().Name!), StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> LazyMetadataReferences = new(CreateMetadataReferences);

    /// <summary>The metadata references of every allowed assembly, created once per process.</summary>
    public static IReadOnlyList<MetadataReference> MetadataReferences => LazyMetadataReferences.Value;

    /// <summary>True when <paramref name="name"/> is one of the <see cref="SharedAssemblies"/>.</summary>
    public static bool IsShared(AssemblyName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Name is not null && SharedNames.Contains(name.Name);
    }

    private static IReadOnlyList<MetadataReference> CreateMetadataReferences()
    {
        var frameworkPaths = FrameworkAssemblyPaths();
        var references = new List<MetadataReference>();
        foreach (string name in FrameworkAssemblyNames)
        {
            if (frameworkPaths.TryGetValue(name, out string? path))
                references.Add(MetadataReference.CreateFromFile(path));
        }
        foreach (var assembly in SharedAssemblies)
        {
            if (string.IsNullOrEmpty(assembly.Location))
                throw new InvalidOperationException($"Cannot reference {assembly.GetName().Name}: it has no file location (single-file publish is not supported for scripting).");
            references.Add(MetadataReference.CreateFromFile(assembly.Location));
        }
        return references;
    }

    /// <summary>Simple name to file path of the running framework's assemblies.</summary>
    private static Dictionary<string, string> FrameworkAssemblyPaths()
    {
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // The host's trusted platform assemblies are exactly the framework it runs on.
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string tpa)
        {
            foreach (string path in tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
                paths.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }
        string? frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location);
        if (!string.IsNullOrEmpty(frameworkDirectory))
        {
            foreach (string name in FrameworkAssemblyNames)
            {
                string candidate = Path.Combine(frameworkDirectory, name + ".dll");
                if (File.Exists(candidate)) paths.TryAdd(name, candidate);
            }
        }
        return paths;
    }
}
