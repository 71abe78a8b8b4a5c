using System.Collections.Concurrent;

namespace OmniAlpha.Scripting.Caching;

/// <summary>
/// Cache of compiled strategy images, so starting an unchanged strategy again loads its assembly bytes instead of
/// compiling it: an in-memory layer (per process) over an optional folder on disk (across processes). Keys come
/// from <see cref="CompileCacheKey"/>: source, display path, compiler options and <see cref="ScriptToolchainIdentity"/>.
/// </summary>
/// <remarks>
/// Only successful compiles are cached: a failing script is compiled again each time, so its diagnostics are always
/// those of the current compiler and sandbox (and failures are cheap once the compiler is warm).
/// Disk entries are written to a temporary file and renamed into place, so readers never see half an entry; each
/// carries a SHA-256 of its content, and a truncated or corrupted entry is deleted and treated as a miss. The cache
/// folder is trusted like the host's own binaries: the hash detects damage, it does not authenticate. A failure to
/// write the folder (read-only, full) never fails a compile; it is counted in <see cref="WriteFailures"/>.
/// Thread-safe.
/// </remarks>
public sealed class StrategyCompileCache
{
    /// <summary>Environment variable naming the cache folder (it overrides the default location).</summary>
    public const string DirectoryVariable = "OMNIALPHA_CACHE_DIR";

    private const string EntryExtension = ".oasc";
    private readonly ConcurrentDictionary<string, CompiledImage> _memory = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _memoryOrder = new();
    private readonly int _memoryCapacity;
    private long _memoryHits, _diskHits, _misses, _corruptEntries, _writeFailures;

    /// <summary>Creates a cache keeping up to <paramref name="memoryCapacity"/> images in memory and, when
    /// <paramref name="directory"/> is given, every image in that folder (created on first write).</summary>
    public StrategyCompileCache(string? directory, int memoryCapacity = 64)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(memoryCapacity);
        Directory = directory is null ? null : Path.GetFullPath(directory);
        _memoryCapacity = memoryCapacity;
    }

    /// <summary>A cache in <see cref="DefaultDirectory"/>.</summary>
    public static StrategyCompileCache CreateDefault() => new(DefaultDirectory);

    /// <summary>
    /// <c>$OMNIALPHA_CACHE_DIR</c> when set; else <c>$XDG_CACHE_HOME/omnialpha/scripts</c>, <c>~/.cache/omnialpha/scripts</c>
    /// (Unix) or <c>%LOCALAPPDATA%\OmniAlpha\Cache\scripts</c> (Windows).
    /// </summary>
    public static string DefaultDirectory
    {
        get
        {
            if (Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } explicitDirectory) return explicitDirectory;
            if (OperatingSystem.IsWindows())
                return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "OmniAlpha", "Cache", "scripts");
            string cacheHome = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(cacheHome, "omnialpha", "scripts");
        }
    }

    /// <summary>The folder of the disk layer (absolute), or null for a memory-only cache.</summary>
    public string? Directory { get; }

    /// <summary>Lookups answered from memory.</summary>
    public long MemoryHits => Interlocked.Read(ref _memoryHits);

    /// <summary>Lookups answered from disk.</summary>
    public long DiskHits => Interlocked.Read(ref _diskHits);

    /// <summary>Lookups that found nothing usable (the script was compiled).</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Disk entries found damaged (truncated, corrupted, stored under another key) and deleted.</summary>
    public long CorruptEntries => Interlocked.Read(ref _corruptEntries);

    /// <summary>Entries that could not be written to disk.</summary>
    public long WriteFailures => Interlocked.Read(ref _writeFailures);

    /// <summary>The disk path of the entry for <paramref name="key"/> (null without a disk layer).</summary>
    public string? EntryPath(string key) => Directory is null ? null : Path.Combine(Directory, key + EntryExtension);

    /// <summary>Forgets the in-memory layer (the disk layer stays).</summary>
    public void ClearMemory()
    {
        _memory.Clear();
        _memoryOrder.Clear();
    }

    internal bool TryGet(string key, out CompiledImage? image)
    {
        if (_memory.TryGetValue(key, out image))
        {
            Interlocked.Increment(ref _memoryHits);
            return true;
        }
        if (EntryPath(key) is { } path && TryReadEntry(path, key, out image))
        {
            Interlocked.Increment(ref _diskHits);
            Remember(key, image!);
            return true;
        }
        Interlocked.Increment(ref _misses);
        image = null;
        return false;
    }

    internal void Store(string key, CompiledImage image)
    {
        Remember(key, image);
        if (EntryPath(key) is not { } path) return;
        string temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Directory!);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                file.Write(CacheEntryFormat.Write(key, image));
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.Increment(ref _writeFailures);
            TryDelete(temporary);
        }
    }

    private bool TryReadEntry(string path, string key, out CompiledImage? image)
    {
        image = null;
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException) { return false; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
        if (CacheEntryFormat.TryRead(bytes, key, out image)) return true;
        Interlocked.Increment(ref _corruptEntries);
        TryDelete(path);
        return false;
    }

    private void Remember(string key, CompiledImage image)
    {
        if (_memoryCapacity == 0 || !_memory.TryAdd(key, image)) return;
        _memoryOrder.Enqueue(key);
        while (_memory.Count > _memoryCapacity && _memoryOrder.TryDequeue(out string? oldest)) _memory.TryRemove(oldest, out _);
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
