namespace OmniAlpha.Persistence.Tests.Support;

/// <summary>A fresh temporary folder for store files, deleted on dispose.</summary>
internal sealed class TempStoreFolder : IDisposable
{
    public TempStoreFolder()
    {
        Folder = Path.Combine(Path.GetTempPath(), "omnialpha-persist-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>Path of a store file in the folder (not created).</summary>
    public string StorePath(string name = "omnialpha.db") => Path.Combine(Folder, name);

    /// <summary>Every byte of the store files in the folder (data file and LiteDB's log file; the empty lock file is held exclusively).</summary>
    public byte[] AllFileBytes() => Directory.GetFiles(Folder).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)).SelectMany(ReadShared).ToArray();

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a test that failed may still hold the file; the OS temp cleaner takes it */ }
    }
}
