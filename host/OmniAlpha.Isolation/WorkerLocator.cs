using System.Diagnostics;

namespace OmniAlpha.Isolation;

/// <summary>
/// Finds <c>omnialpha-worker</c>: beside the host's assemblies (the Host project references the worker, so its build
/// output is copied there), or at a given path. Runs its native launcher when present, else <c>dotnet omnialpha-worker.dll</c>
/// with the same <c>dotnet</c> that runs this process.
/// </summary>
internal static class WorkerLocator
{
    /// <summary>File name of the worker's entry assembly.</summary>
    public const string AssemblyFileName = "omnialpha-worker.dll";

    public static ProcessStartInfo StartInfo(string? workerPath)
    {
        string dll = workerPath ?? Path.Combine(AppContext.BaseDirectory, AssemblyFileName);
        if (!dll.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(dll)) throw new IsolatedWorkerException($"strategy worker not found: {dll}");
            return new ProcessStartInfo(dll);
        }
        if (!File.Exists(dll))
            throw new IsolatedWorkerException($"strategy worker not found: {dll} (it ships beside the omnialpha executable)");
        var start = new ProcessStartInfo(DotnetHost());
        start.ArgumentList.Add(dll);
        return start;
    }

    // The muxer running this process runs the worker too; DOTNET_HOST_PATH is set by the SDK (tests); else PATH.
    private static string DotnetHost()
    {
        string? current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet") return current;
        string? fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk)) return fromSdk;
        string? root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(root))
        {
            string candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
            if (File.Exists(candidate)) return candidate;
        }
        return "dotnet";
    }
}
