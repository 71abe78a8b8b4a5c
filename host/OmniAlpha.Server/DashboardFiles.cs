using System.Reflection;
using Microsoft.Extensions.FileProviders;

namespace OmniAlpha.Server;

/// <summary>The dashboard's static files, embedded in this assembly from its wwwroot folder.</summary>
public static class DashboardFiles
{
    /// <summary>
    /// The embedded wwwroot (manifest provider); an empty provider when the assembly was built without a dashboard.
    /// </summary>
    public static IFileProvider Embedded()
    {
        var assembly = typeof(DashboardFiles).Assembly;
        try
        {
            return new ManifestEmbeddedFileProvider(assembly, "wwwroot");
        }
        catch (InvalidOperationException)
        {
            // The manifest has no wwwroot folder: a build without the dashboard's files. The API still works.
            return new NullFileProvider();
        }
    }

    /// <summary>True when the assembly carries a dashboard (an index.html at its root).</summary>
    public static bool HasIndex(IFileProvider files) => files.GetFileInfo("index.html").Exists;

    internal static Assembly Assembly => typeof(DashboardFiles).Assembly;
}
