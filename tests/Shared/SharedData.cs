namespace OmniAlpha.Tests.Shared;

/// <summary>
/// Locates the real market data in <c>../shared/data</c> beside the repository root. Tests that need it call
/// <see cref="Require"/>: it skips the test with a reason when the folder is absent (a user's fresh clone),
/// but fails when the <c>CI</c> environment variable is set, because CI always provides it.
/// </summary>
internal static class SharedData
{
    /// <summary>The repository root (the folder holding OmniAlpha.Plugins.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Absolute path of ../shared/data, whether or not it exists.</summary>
    public static string DataRoot => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    /// <summary>Returns the absolute path of <paramref name="relativePath"/> under the shared data folder, or skips.</summary>
    public static string Require(string relativePath)
    {
        string path = Path.Combine(DataRoot, relativePath);
        if (File.Exists(path) || Directory.Exists(path)) return path;
        string reason = $"shared market data not found at {path}";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            throw new InvalidOperationException(reason + " (CI is set, so this is a failure, not a skip)");
        Skip.If(true, reason);
        return path;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OmniAlpha.Plugins.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root (OmniAlpha.Plugins.sln) above " + AppContext.BaseDirectory);
    }
}
