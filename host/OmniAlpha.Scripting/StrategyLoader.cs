namespace OmniAlpha.Scripting;

/// <summary>
/// Loads strategy assemblies into their own collectible <see cref="StrategyLoadContext"/> and finds the strategy
/// they define: compiled scripts from memory, precompiled strategies from a <c>.dll</c>.
/// </summary>
public static class StrategyLoader
{
    /// <summary>Loads a precompiled strategy assembly (its <c>.pdb</c> beside it, if any, gives line numbers).</summary>
    /// <param name="path">Path of the <c>.dll</c>.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    /// <exception cref="StrategyCompilationException">It does not define exactly one usable strategy.</exception>
    public static CompiledStrategy LoadAssembly(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string fullPath = Path.GetFullPath(path);
        // Loaded from memory, not from the path, so the file is never locked and can be rebuilt while loaded.
        byte[] image = File.ReadAllBytes(fullPath);
        string pdbPath = Path.ChangeExtension(fullPath, ".pdb");
        byte[]? symbols = File.Exists(pdbPath) ? File.ReadAllBytes(pdbPath) : null;
        return Load(path, image, symbols, ContentHash.Of(image), warnings: [], mainAssemblyPath: fullPath);
    }

    /// <summary>Loads an assembly image into a fresh context and discovers its strategy; unloads it again on failure.</summary>
    internal static CompiledStrategy Load(
        string displayPath, byte[] image, byte[]? symbols, string sourceHash,
        IReadOnlyList<string> warnings, string? mainAssemblyPath = null, bool fromCache = false)
    {
        var loadContext = new StrategyLoadContext(displayPath, mainAssemblyPath);
        try
        {
            using var imageStream = new MemoryStream(image, writable: false);
            using var symbolStream = symbols is null ? null : new MemoryStream(symbols, writable: false);
            var assembly = loadContext.LoadFromStream(imageStream, symbolStream);
            var strategyType = StrategyTypeDiscovery.FindStrategyType(assembly, displayPath);
            return new CompiledStrategy(loadContext, assembly, strategyType, displayPath, sourceHash, warnings) { FromCache = fromCache };
        }
        catch
        {
            loadContext.Unload();
            throw;
        }
    }
}
