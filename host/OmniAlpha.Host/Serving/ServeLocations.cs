namespace OmniAlpha.Host.Serving;

/// <summary>
/// Where <c>omnialpha serve</c> reads and writes: the configuration file (if any), the folder relative paths in it are
/// resolved against, and the data folder.
/// </summary>
/// <param name="ConfigFile">The JSON configuration file used, or null when none was found.</param>
/// <param name="BaseDirectory">The configuration file's folder, else the current directory.</param>
internal sealed record ServeLocations(string? ConfigFile, string BaseDirectory)
{
    /// <summary><paramref name="path"/> as an absolute path (relative ones are relative to <see cref="BaseDirectory"/>).</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(BaseDirectory, path));

    /// <summary>The data folder configured in <c>Serve:DataDir</c> (resolved), else <see cref="ServeDefaults.DataDir"/>.</summary>
    public string DataDirectory(string? configured) => string.IsNullOrWhiteSpace(configured) ? ServeDefaults.DataDir() : Resolve(configured);
}
