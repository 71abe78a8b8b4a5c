namespace OmniAlpha.PluginHost.Tests.Support;

/// <summary>A temporary plugins folder (absolute path) filled with copies of the test plugins built into testplugins/.</summary>
internal sealed class TestPluginFolder : IDisposable
{
    public TestPluginFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "oa-plugins-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    /// <summary>Where the build put the test plugins, one folder each.</summary>
    public static string Built { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "testplugins");

    public string Path { get; }

    /// <summary>Copies built test plugin <paramref name="built"/> to <c>&lt;Path&gt;/&lt;id&gt;/</c> (id defaults to the built name).</summary>
    public string Add(string built, string? id = null)
    {
        string target = System.IO.Path.Combine(Path, id ?? built);
        CopyDirectory(System.IO.Path.Combine(Built, built), target);
        return target;
    }

    public static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (string file in Directory.GetFiles(source))
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)), overwrite: true);
        foreach (string directory in Directory.GetDirectories(source))
            CopyDirectory(directory, System.IO.Path.Combine(target, System.IO.Path.GetFileName(directory)));
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
