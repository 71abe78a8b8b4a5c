using System.Reflection;
using System.Runtime.Loader;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Scripting;

/// <summary>
/// A strategy assembly loaded in its own collectible <see cref="StrategyLoadContext"/>, with the one strategy
/// type it defines. Create instances with <see cref="CreateInstance"/>; <see cref="Unload"/> (or
/// <see cref="Dispose"/>) releases the assembly once no instance or delegate of it is referenced any more.
/// </summary>
public sealed class CompiledStrategy : IDisposable
{
    private StrategyLoadContext? _loadContext;
    private Assembly? _assembly;
    private Type? _strategyType;

    internal CompiledStrategy(
        StrategyLoadContext loadContext, Assembly assembly, Type strategyType,
        string displayPath, string sourceHash, IReadOnlyList<string> warnings)
    {
        _loadContext = loadContext;
        _assembly = assembly;
        _strategyType = strategyType;
        DisplayPath = displayPath;
        SourceHash = sourceHash;
        Warnings = warnings;
    }

    /// <summary>The script (or assembly) path as given, used in diagnostics and stack traces.</summary>
    public string DisplayPath { get; }

    /// <summary>SHA-256 (lowercase hex) of the source text; of the file bytes for a precompiled assembly.</summary>
    public string SourceHash { get; }

    /// <summary>Compiler warnings, formatted like errors (<c>file(line,col): warning CSxxxx: ...</c>), in source order.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>True when the image came from a <see cref="Caching.StrategyCompileCache"/> instead of a compile.</summary>
    public bool FromCache { get; init; }

    /// <summary>The first 12 hex digits of <see cref="SourceHash"/>: the version shown in logs.</summary>
    public string ShortHash => SourceHash[..Math.Min(12, SourceHash.Length)];

    /// <summary>True once <see cref="Unload"/> was called.</summary>
    public bool IsUnloaded => _loadContext is null;

    /// <summary>The loaded assembly.</summary>
    /// <exception cref="ObjectDisposedException">The strategy was unloaded.</exception>
    public Assembly Assembly => _assembly ?? throw Unloaded();

    /// <summary>The strategy class the assembly defines.</summary>
    /// <exception cref="ObjectDisposedException">The strategy was unloaded.</exception>
    public Type StrategyType => _strategyType ?? throw Unloaded();

    /// <summary>The collectible context the assembly lives in (hold it only weakly to observe unloading).</summary>
    /// <exception cref="ObjectDisposedException">The strategy was unloaded.</exception>
    public AssemblyLoadContext LoadContext => _loadContext ?? throw Unloaded();

    /// <summary>Creates a new, unattached instance of the strategy.</summary>
    /// <exception cref="ObjectDisposedException">The strategy was unloaded.</exception>
    /// <remarks>An exception thrown by the strategy's constructor propagates unwrapped, with its script stack trace.</remarks>
    public Strategy CreateInstance()
    {
        var instance = Activator.CreateInstance(
            StrategyType, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DoNotWrapExceptions,
            binder: null, args: null, culture: null);
        return (Strategy)instance!;
    }

    /// <summary>
    /// Starts unloading the assembly. The runtime frees it at a later garbage collection, once instances,
    /// delegates and types from it are no longer referenced. Idempotent.
    /// </summary>
    public void Unload()
    {
        var loadContext = _loadContext;
        if (loadContext is null) return;
        // Drop our own references first so this object does not keep the context alive.
        _loadContext = null;
        _assembly = null;
        _strategyType = null;
        loadContext.Unload();
    }

    /// <inheritdoc cref="Unload" />
    public void Dispose() => Unload();

    private ObjectDisposedException Unloaded() =>
        new(nameof(CompiledStrategy), $"The strategy compiled from {DisplayPath} was unloaded.");
}
