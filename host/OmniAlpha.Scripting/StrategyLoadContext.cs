using System.Reflection;
using System.Runtime.Loader;

namespace OmniAlpha.Scripting;

/// <summary>
/// A collectible load context holding one strategy assembly, so the host can unload it (hot reload, many
/// backtests in one process). The SDK, indicators and logging abstractions always resolve from the default
/// context: the script's <c>Strategy</c> is the host's <c>Strategy</c>, so the host can cast to it.
/// </summary>
public sealed class StrategyLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver? _dependencyResolver;

    /// <summary>Creates a context named after <paramref name="name"/> (the script's display path).</summary>
    /// <param name="name">Shown in diagnostics and debuggers.</param>
    /// <param name="mainAssemblyPath">For a precompiled assembly: its path, so private dependencies beside it
    /// (listed in its <c>.deps.json</c>) can be resolved. Null for compiled scripts, which have none.</param>
    public StrategyLoadContext(string name, string? mainAssemblyPath = null)
        : base(name, isCollectible: true)
    {
        if (mainAssemblyPath is not null) _dependencyResolver = new AssemblyDependencyResolver(mainAssemblyPath);
    }

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // Shared contracts must never be loaded twice, even when a plugin ships its own copy.
        if (ScriptReferences.IsShared(assemblyName)) return Default.LoadFromAssemblyName(assemblyName);

        string? privatePath = _dependencyResolver?.ResolveAssemblyToPath(assemblyName);
        if (privatePath is not null) return LoadFromStream(new MemoryStream(File.ReadAllBytes(privatePath)));

        // Framework assemblies: fall back to the default context.
        return null;
    }
}
